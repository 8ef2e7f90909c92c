package com.piquetickets.api.probe;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One place of a request a hostile value is put in, while every other place holds its baseline: a path, query or
 * header parameter, a body field ({@code path} from the body's root, {@code "[]"} for an array's item), or the body.
 */
record Slot(Place place, String name, List<String> path, JsonNode schema, boolean required) {

    /** {@code URL}: the request target as a whole (a raw {@code %00} or {@code ../} in the path, an 8 KB URL). */
    enum Place { PATH, QUERY, HEADER, FIELD, BODY, URL }

    static Slot parameter(ApiDocument.Parameter parameter) {
        Place place = switch (parameter.in()) {
            case "path" -> Place.PATH;
            case "query" -> Place.QUERY;
            case "header" -> Place.HEADER;
            default -> throw new IllegalStateException("a parameter in " + parameter.in() + ": " + parameter.name());
        };
        return new Slot(place, parameter.name(), List.of(), parameter.schema(), parameter.required());
    }

    /** A header every request carries though the document does not list it ({@code User-Agent}, ...). */
    static Slot header(String name, JsonNode schema) {
        return new Slot(Place.HEADER, name, List.of(), schema, false);
    }

    String label() {
        return switch (place) {
            case PATH -> "path {" + name + "}";
            case QUERY -> "query " + name;
            case HEADER -> "header " + name;
            case FIELD -> "body " + String.join(".", path).replace(".[]", "[]");
            case BODY -> "body";
            case URL -> "url";
        };
    }
}
