package com.piquetickets.api.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Every slot of an operation: its parameters, the body as a whole, and each body field, nested ones and items too. */
final class Slots {

    private static final int MAX_DEPTH = 6;

    private final ApiDocument document;

    Slots(ApiDocument document) {
        this.document = document;
    }

    List<Slot> of(ApiDocument.Operation operation) {
        List<Slot> slots = new ArrayList<>();
        operation.parameters().forEach(parameter -> slots.add(Slot.parameter(parameter)));
        ApiDocument.Body body = operation.body();
        if (body != null) {
            slots.add(new Slot(Slot.Place.BODY, "body", List.of(), body.schema(), body.required()));
            if (body.json()) {
                fields(body.schema(), new ArrayList<>(), slots);
            }
        }
        return slots;
    }

    private void fields(JsonNode schema, List<String> path, List<Slot> slots) {
        if (path.size() > MAX_DEPTH) {
            return;
        }
        switch (ApiDocument.type(schema)) {
            case "object" -> {
                for (Map.Entry<String, JsonNode> property : document.properties(schema).entrySet()) {
                    List<String> child = append(path, property.getKey());
                    slots.add(new Slot(Slot.Place.FIELD, property.getKey(), child, property.getValue(),
                            document.isRequired(schema, property.getKey())));
                    fields(property.getValue(), child, slots);
                }
            }
            case "array" -> {
                JsonNode items = document.items(schema);
                List<String> child = append(path, "[]");
                slots.add(new Slot(Slot.Place.FIELD, "[]", child, items, true));
                fields(items, child, slots);
            }
            default -> {
                // a leaf: its slot was added by its parent
            }
        }
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }
}
