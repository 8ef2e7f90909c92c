package com.piquetickets.api.web.json;

import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/** Reads every text of a request body and refuses what {@link TextRules} refuses, naming the field at fault. */
final class TextDeserializer extends StdScalarDeserializer<String> {

    static final TextDeserializer ONE_LINE = new TextDeserializer(false);
    private static final TextDeserializer MULTILINE = new TextDeserializer(true);

    private final boolean multiline;

    private TextDeserializer(boolean multiline) {
        super(String.class);
        this.multiline = multiline;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        return property != null && property.getAnnotation(MultilineText.class) != null ? MULTILINE : ONE_LINE;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null) {
            Optional<String> problem = TextRules.problem(text, multiline);
            if (problem.isPresent()) {
                throw new RefusedTextException(parser, problem.get());
            }
        }
        return text;
    }

    /** A text refused by {@link TextRules}; its message is meant for the client as it is. */
    static final class RefusedTextException extends MismatchedInputException {

        RefusedTextException(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }
}
