package com.piquetickets.api.probe;

import com.piquetickets.api.probe.Hostile.Kind;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The request target itself made hostile, for every operation: a raw {@code %00}, {@code %2F}, {@code ../} or
 * {@code ..;/} where the first path parameter goes (or appended as a segment), a URL and a header over 8 KB.
 */
final class PathProbes {

    static final Slot URL = new Slot(Slot.Place.URL, "url", List.of(), JsonNodeFactory.instance.objectNode(), true);
    static final Slot LONG_HEADER = Slot.header("X-Padding", JsonNodeFactory.instance.objectNode().put("type", "string"));

    /** Inserted into the path as they are, not encoded again. */
    static final List<Hostile> RAW_SEGMENTS = List.of(
            Hostile.string("%00 in the path", Kind.CONTROL, "%00"),
            Hostile.string("%2F in the path", Kind.TEXT, "a%2Fb"),
            Hostile.string("../ in the path", Kind.TEXT, "../../etc/passwd"),
            Hostile.string("..;/ in the path", Kind.TEXT, "..;/..;/etc/passwd"));

    /** Appended to the query string. */
    static final Hostile LONG_URL = Hostile.string("URL over 8 KB", Kind.TEXT, "padding=" + "x".repeat(9_000));
    static final Hostile LONG_HEADER_VALUE = Hostile.string("header over 8 KB", Kind.TEXT, "x".repeat(9_000));

    private PathProbes() {
    }

    /** The target with the raw segment in place of the first path parameter, or appended when there is none. */
    static String withRawSegment(String template, String target, String segment) {
        int open = template.indexOf('{');
        if (open < 0) {
            int query = target.indexOf('?');
            return query < 0 ? target + "/" + segment : target.substring(0, query) + "/" + segment
                    + target.substring(query);
        }
        // the filled target and the template agree up to the first parameter
        int stop = open;
        while (stop < target.length() && target.charAt(stop) != '/' && target.charAt(stop) != '?') {
            stop++;
        }
        return target.substring(0, open) + segment + target.substring(stop);
    }

    static String withLongQuery(String target, String padding) {
        return target + (target.contains("?") ? "&" : "?") + padding;
    }
}
