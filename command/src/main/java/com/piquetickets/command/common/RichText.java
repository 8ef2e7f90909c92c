package com.piquetickets.command.common;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans user-supplied rich text (HTML from the editor) before it is written into an event: only the tags and
 * attributes of jsoup's {@link Safelist#relaxed() relaxed} list survive, so scripts, event-handler attributes and
 * {@code javascript:} URLs are gone for good, also from every replay.
 */
public final class RichText {

    private static final Safelist SAFELIST = Safelist.relaxed();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The safe HTML of {@code html}, or null when nothing (or only blanks) remains. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", SAFELIST, OUTPUT).trim();
        return clean.isEmpty() ? null : clean;
    }
}
