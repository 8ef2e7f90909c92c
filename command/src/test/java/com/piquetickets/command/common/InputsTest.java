package com.piquetickets.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.com/a", "/relative/path", "example.com", "https://", "http:// spaced.com"})
    void urlsMustBeAbsoluteHttpOrHttps(String url) {
        assertThatThrownBy(() -> Inputs.httpUrl("website", url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("website"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "HTTP://example.com/a?b=c#d", "https://cdn.example.com/img/x.webp"})
    void absoluteHttpUrlsAreAccepted(String url) {
        assertThat(Inputs.httpUrl("website", " " + url + " ")).isEqualTo(url);
    }
}
