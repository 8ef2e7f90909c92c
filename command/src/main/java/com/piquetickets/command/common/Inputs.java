package com.piquetickets.command.common;

import com.piquetickets.domain.common.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small checks of request values shared by the aggregates; each failure names the field it came from. */
public final class Inputs {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** One @, no spaces, a dot in the domain; the mail service is the final judge. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Inputs() {
    }

    /** A trimmed, non-blank text of at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        String trimmed = optional(field, value, maxLength);
        if (trimmed == null) {
            throw new InvalidInputException(field, "is required");
        }
        return trimmed;
    }

    /** A trimmed text of at most {@code maxLength} characters, or null when absent or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** A syntactically valid email address of at most 254 characters, trimmed; required. */
    public static String email(String field, String value) {
        String trimmed = required(field, value, MAX_EMAIL_LENGTH);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, "is not a valid email address");
        }
        return trimmed;
    }

    /** An absolute http(s) URL, or null when absent or blank. */
    public static String httpUrl(String field, String value) {
        String trimmed = optional(field, value, MAX_URL_LENGTH);
        if (trimmed == null) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidInputException(field, "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "must be an absolute http or https URL");
        }
        return trimmed;
    }
}
