package com.piquetickets.api.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"E\u0000ve", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085", "lone \ud800", "\udc00 low",
            "non\uffff", "non\ufdd0"})
    void noTextTakesControlCharactersOrBrokenUnicode(String text) {
        assertThat(TextRules.problem(text, false)).isPresent();
        assertThat(TextRules.problem(text, true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there", "cr\r", "rtl\u202eoverride", "isolate\u2066", "sep\u2028"})
    void oneLineTextsRefuseLineBreaksAndDirectionOverrides(String text) {
        assertThat(TextRules.problem(text, false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there", "windows\r\nline"})
    void multilineTextsKeepLineBreaksAndTabs(String text) {
        assertThat(TextRules.problem(text, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Ødegaard", "李小龍", "مرحبا", "emoji \uD83D\uDE00 ok", "' or 1=1 --", "<script>x</script>", ""})
    void ordinaryTextInAnyScriptPasses(String text) {
        assertThat(TextRules.problem(text, false)).isEmpty();
    }

    @Test
    void theProblemNamesTheCharacterAndWhereItIs() {
        assertThat(TextRules.problem("E\u0000ve", false)).hasValueSatisfying(problem ->
                assertThat(problem).contains("U+0000", "position 2"));
    }
}
