package com.piquetickets.api.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a case: the operation's baseline body with the hostile value's exact bytes where its field goes (a
 * placeholder is serialized there and replaced, so even bytes no JSON writer would produce are sent), or the hostile
 * value as the whole body.
 */
final class Bodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLACEHOLDER = "@@probe-slot@@";
    private static final byte[] QUOTED_PLACEHOLDER = ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8);

    private final Baselines baselines;

    Bodies(Baselines baselines) {
        this.baselines = baselines;
    }

    /** The bytes of the body, or null for none. */
    byte[] of(ApiDocument.Operation operation, Slot slot, Hostile value) {
        if (slot != null && slot.place() == Slot.Place.BODY && value != BodyValues.AS_TEXT_PLAIN) {
            return value.omit() ? null : operation.body().json() ? value.json() : value.text();
        }
        if (!operation.body().json()) {
            return StripeWebhooks.event();
        }
        JsonNode root = baselines.body(operation);
        if (slot == null || slot.place() != Slot.Place.FIELD) {
            return JSON.writeValueAsBytes(root);
        }
        JsonNode parent = parentOf(operation, root, slot.path());
        String field = slot.path().getLast();
        if (parent instanceof ObjectNode object) {
            if (value.omit()) {
                object.remove(field);
            } else {
                object.put(field, PLACEHOLDER);
            }
        } else if (parent instanceof ArrayNode array) {
            array.set(0, JsonNodeFactory.instance.stringNode(PLACEHOLDER));
        }
        byte[] json = JSON.writeValueAsBytes(root);
        return value.omit() ? json : splice(json, value.json());
    }

    /** The container that holds the slot, every container on the way there made from its baseline when missing. */
    private JsonNode parentOf(ApiDocument.Operation operation, JsonNode root, List<String> path) {
        ApiDocument document = baselines.document();
        JsonNode node = root;
        JsonNode schema = operation.body().schema();
        for (String segment : path.subList(0, path.size() - 1)) {
            if (segment.equals("[]")) {
                schema = document.items(schema);
                node = node.get(0);
            } else {
                schema = document.properties(schema).get(segment);
                ObjectNode object = (ObjectNode) node;
                if (!object.has(segment) || object.get(segment).isNull()) {
                    object.set(segment, baselines.value(operation.key(), segment, schema, 1));
                }
                node = object.get(segment);
            }
        }
        return node;
    }

    private static byte[] splice(byte[] json, byte[] value) {
        int at = indexOf(json, QUOTED_PLACEHOLDER);
        ByteArrayOutputStream spliced = new ByteArrayOutputStream(json.length + value.length);
        spliced.write(json, 0, at);
        spliced.writeBytes(value);
        spliced.write(json, at + QUOTED_PLACEHOLDER.length, json.length - at - QUOTED_PLACEHOLDER.length);
        return spliced.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalStateException("the placeholder is not in the serialized body");
    }
}
