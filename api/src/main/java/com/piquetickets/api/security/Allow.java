package com.piquetickets.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint. Every handler method of our controllers carries one (a test checks it), and
 * {@link AccessInterceptor} enforces it before the request body is even read: a caller without the right gets 401 or
 * 403 and nothing is written.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allow {

    AccessRule value();

    /** The path variable that names the producer, show, order or user the rule is about. */
    String pathVariable() default "id";
}
