package com.piquetickets.domain.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a message that says who a person is or where they were (a name, an email address, a phone number, an
 * IP address, a user agent, a message written to them). History exports leave such fields out unless the caller may
 * see them and asks for them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Personal {
}
