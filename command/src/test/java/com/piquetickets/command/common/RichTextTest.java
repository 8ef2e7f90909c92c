package com.piquetickets.command.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsEventHandlersAndJavascriptUrlsAreRemoved() {
        String clean = RichText.sanitize(
                "<p onclick=\"steal()\">Hi<script>alert(1)</script> <a href=\"javascript:alert(1)\">x</a></p>");

        assertThat(clean).isEqualTo("<p>Hi <a>x</a></p>");
    }

    @Test
    void formattingAndHttpLinksSurvive() {
        String html = "<h2>Line-up</h2><p><strong>Big</strong> <em>night</em> <a href=\"https://example.com/x\">tickets</a></p><ul><li>one</li></ul>";

        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void blankTextIsNoText() {
        assertThat(RichText.sanitize("  ")).isNull();
        assertThat(RichText.sanitize("<script>x</script>")).isNull();
        assertThat(RichText.sanitize(null)).isNull();
    }
}
