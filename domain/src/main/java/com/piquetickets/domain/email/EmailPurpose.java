package com.piquetickets.domain.email;

/** Why an email is sent, so a timeline can tell them apart. */
public enum EmailPurpose {
    ORDER_CONFIRMATION,
    ORDER_CONFIRMATION_RESEND,
    REFUND_NOTICE
}
