package com.piquetickets.api.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The application's own OpenAPI document, read as the operations a client can call: each with its path, query and
 * header parameters and its request body, every {@code $ref} resolved against {@code components/schemas}.
 */
final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;

    ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** One path and method. */
    record Operation(String method, String path, List<Parameter> parameters, Body body) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(parameter -> parameter.in().equals(in)).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    /** A path, query or header parameter. */
    record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** The request body: its media type ({@code application/json}, or {@code *}{@code /*} for raw text) and schema. */
    record Body(String mediaType, JsonNode schema, boolean required) {

        boolean json() {
            return mediaType.contains("json");
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
                            parameters(path.getValue(), operation), body(operation)));
                }
            }
        }
        return operations;
    }

    private List<Parameter> parameters(JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source.values()) {
                JsonNode resolved = resolve(parameter);
                parameters.add(new Parameter(resolved.path("in").asString(), resolved.path("name").asString(),
                        resolved.path("required").asBoolean(false), resolve(resolved.path("schema"))));
            }
        }
        return parameters;
    }

    private Body body(JsonNode operation) {
        JsonNode body = resolve(operation.path("requestBody"));
        if (body.isMissingNode()) {
            return null;
        }
        Map.Entry<String, JsonNode> content = body.path("content").properties().iterator().next();
        return new Body(content.getKey(), resolve(content.getValue().path("schema")),
                body.path("required").asBoolean(false));
    }

    /** The schema itself, or what its {@code $ref} points to (followed until it is not a reference). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("a $ref cycle at " + node);
            }
            String ref = current.path("$ref").asString();
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("the document has no " + ref);
            }
        }
        return current;
    }

    /** The resolved properties of an object schema, in document order. */
    Map<String, JsonNode> properties(JsonNode objectSchema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : resolve(objectSchema).path("properties").properties()) {
            properties.put(property.getKey(), resolve(property.getValue()));
        }
        return properties;
    }

    boolean isRequired(JsonNode objectSchema, String property) {
        for (JsonNode name : resolve(objectSchema).path("required").values()) {
            if (name.asString().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** The resolved item schema of an array schema. */
    JsonNode items(JsonNode arraySchema) {
        JsonNode items = resolve(arraySchema).path("items");
        return items.isMissingNode() ? JsonNodeFactory.instance.objectNode() : resolve(items);
    }

    /** A schema's type ("string", "integer", ...), "object" for one with properties and no type. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return type.asString();
        }
        if (type.isArray()) {
            for (JsonNode alternative : type.values()) {
                if (!alternative.asString().equals("null")) {
                    return alternative.asString();
                }
            }
        }
        return schema.has("properties") ? "object" : "any";
    }

    static String format(JsonNode schema) {
        return schema.path("format").asString("");
    }
}
