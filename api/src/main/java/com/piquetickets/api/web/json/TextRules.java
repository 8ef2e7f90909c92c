package com.piquetickets.api.web.json;

import java.util.Locale;
import java.util.Optional;

/**
 * What text a request may carry. No text has a place for control characters (C0, DEL, C1), unpaired surrogates or
 * Unicode non-characters: PostgreSQL refuses NUL outright, and the others corrupt logs, emails and CSV exports. One-line
 * texts (names, codes, addresses) also refuse line breaks and the bidirectional overrides that make a name read as
 * something else; {@link MultilineText} fields accept tab, line feed and carriage return.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} is refused (naming the character and where it is), or empty when it is acceptable. */
    public static Optional<String> problem(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isNonCharacter(codePoint)) {
                    return Optional.of(describe("a Unicode non-character", codePoint, i));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(describe("an unpaired surrogate", c, i));
            }
            if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return Optional.of(describe(multiline ? "a control character" : "a control character or line break", c, i));
            }
            if (isNonCharacter(c)) {
                return Optional.of(describe("a Unicode non-character", c, i));
            }
            if (!multiline && (isBidiControl(c) || c == '\u2028' || c == '\u2029')) {
                return Optional.of(describe("a text-direction override or line separator", c, i));
            }
        }
        return Optional.empty();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String describe(String what, int codePoint, int index) {
        return "contains " + what + " (U+" + String.format(Locale.ROOT, "%04X", codePoint) + " at position " + (index + 1)
                + "), which is not allowed here";
    }
}
