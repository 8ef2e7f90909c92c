package com.piquetickets.domain.order;

import com.piquetickets.domain.common.Money;
import java.math.BigDecimal;

/** What the platform and the payment processor take: a percentage of the paid amount plus a fixed amount per paid ticket, each. Free tickets carry no fees. */
public record FeeSchedule(
        BigDecimal platformPercent,
        Money platformFixedPerTicket,
        BigDecimal processingPercent,
        Money processingFixedPerTicket,
        boolean buyerPaysFees) {
}
