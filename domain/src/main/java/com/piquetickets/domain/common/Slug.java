package com.piquetickets.domain.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A URL-safe, lower-case name for a catalogue entry: letters, digits and single hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    public Slug {
        Objects.requireNonNull(value, "slug");
        if (value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("slug",
                    "must be lower-case letters, digits and single hyphens, at most " + MAX_LENGTH + " characters");
        }
    }

    /** Derives a slug from a display name: accents dropped, everything else that is not a letter or digit becomes a hyphen. */
    public static Slug fromName(String name) {
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH - 6) { // leave room for a "-NNNNN" suffix
            slug = trimHyphens(slug.substring(0, MAX_LENGTH - 6));
        }
        return new Slug(slug.isEmpty() ? "untitled" : slug);
    }

    /** The n-th alternative of this slug ("name-2", "name-3", ...), used when the plain one is taken. */
    public Slug withSuffix(int n) {
        return new Slug(value + "-" + n);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
