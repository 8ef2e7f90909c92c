package com.piquetickets.api.web.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what was wrong with a request body that Jackson could not read, in the client's terms: the field as they wrote
 * it ({@code lines[0].quantity}) and what it must be, never Jackson's own wording or class names.
 */
public final class JsonInputErrors {

    private JsonInputErrors() {
    }

    /** A field of the body and what is wrong with it. */
    public record Fault(String field, String message) {
    }

    /** The fault of a body that is well-formed JSON of the wrong shape. */
    public static Fault of(DatabindException e) {
        String field = field(e.getPath());
        if (e instanceof TextDeserializer.RefusedTextException || e.getOriginalMessage().startsWith("must ")) {
            return new Fault(field, e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new Fault(field, "is not a field of this request");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new Fault(field, target == null ? "has the wrong type or format" : "must be " + describe(target));
    }

    /** What is wrong with a body that is not JSON at all, or JSON beyond the reader's limits. */
    public static String malformed(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return "the request body is nested too deeply or has a value too long to read";
        }
        String message = String.valueOf(e.getOriginalMessage());
        int cut = message.indexOf(" (");
        message = cut > 0 ? message.substring(0, cut) : message;
        int newline = message.indexOf('\n');
        return "the request body is not valid JSON: " + (newline < 0 ? message : message.substring(0, newline));
    }

    /** A value type as a client would name it. */
    public static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time with offset";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid " + type.getSimpleName();
    }

    /** The field as the client wrote it, e.g. {@code lines[0].quantity}; {@code body} for the body itself. */
    static String field(List<DatabindException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (DatabindException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
