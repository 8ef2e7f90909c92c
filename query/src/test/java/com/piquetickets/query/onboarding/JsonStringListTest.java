package com.piquetickets.query.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonStringListTest {

    private final JsonStringList converter = new JsonStringList();

    @Test
    void listIsStoredAsAJsonArray() {
        assertThat(converter.convertToDatabaseColumn(List.of("comedy", "music"))).isEqualTo("[\"comedy\",\"music\"]");
        assertThat(converter.convertToDatabaseColumn(List.of())).isEqualTo("[]");
    }

    @Test
    void quotesBackslashesAndControlCharactersRoundTrip() {
        List<String> tricky = List.of("say \"hi\"", "back\\slash", "a,b", "line\nbreak", "tab\t", "bell\u0007", "[x]", "");
        String json = converter.convertToDatabaseColumn(tricky);

        assertThat(converter.convertToEntityAttribute(json)).isEqualTo(tricky);
    }

    @Test
    void jsonWrittenElsewhereIsRead() {
        assertThat(converter.convertToEntityAttribute(" [ \"caf\\u00e9\" , \"x\\/y\" ] ")).containsExactly("café", "x/y");
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
