package com.piquetickets.api.history;

import com.piquetickets.domain.common.MetaDataKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.piquetickets.api.config.AxonConfiguration;
import com.piquetickets.domain.common.Personal;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields of an event say who a person is, from the {@link Personal} marks on the domain's records: a path per
 * marked component ({@code buyer.email}, {@code lines[].attendees[].email}), found once per event class. Every export
 * format leaves them out the same way, from the JSON tree, and the catalogue lists them.
 */
final class PersonalFields {

    /** Metadata every command carries about where it came from. */
    static final Set<String> METADATA_KEYS = Set.of(MetaDataKeys.CLIENT_IP, MetaDataKeys.USER_AGENT);
    private static final String DOMAIN = "com.piquetickets.domain.";

    private final Map<String, List<String>> pathsByType = new ConcurrentHashMap<>();

    /** The personal paths of the payload class named {@code type} (empty for a class that is not ours or unknown). */
    List<String> paths(String type) {
        return pathsByType.computeIfAbsent(type, PersonalFields::find);
    }

    /** Removes the personal fields of a payload of class {@code type}, and the personal metadata. */
    void strip(String type, JsonNode payload, JsonNode metaData) {
        strip(type, payload);
        stripMetaData(metaData);
    }

    void strip(String type, JsonNode payload) {
        for (String path : paths(type)) {
            remove(payload, path.split("\\."), 0);
        }
    }

    void stripMetaData(JsonNode metaData) {
        if (metaData instanceof ObjectNode object) {
            METADATA_KEYS.forEach(object::remove);
        }
    }

    private static void remove(JsonNode node, String[] steps, int at) {
        if (node == null || at >= steps.length) {
            return;
        }
        boolean each = steps[at].endsWith("[]");
        String name = each ? steps[at].substring(0, steps[at].length() - 2) : steps[at];
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (at == steps.length - 1 && !each) {
            object.remove(name);
            return;
        }
        JsonNode child = object.get(name);
        if (each && child != null && child.isArray()) {
            child.forEach(element -> remove(element, steps, at + 1));
        } else {
            remove(child, steps, at + 1);
        }
    }

    static List<String> find(String type) {
        if (!type.startsWith(DOMAIN)) {
            return List.of();
        }
        try {
            List<String> paths = new ArrayList<>();
            collect(Class.forName(type, false, PersonalFields.class.getClassLoader()), "", paths, new HashSet<>());
            return List.copyOf(paths);
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }

    private static void collect(Class<?> type, String prefix, List<String> paths, Set<Class<?>> path) {
        if (!type.isRecord() || !path.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            if (component.isAnnotationPresent(Personal.class)) {
                paths.add(name);
            } else if (Collection.class.isAssignableFrom(component.getType())) {
                elementType(component.getGenericType()).ifPresent(element -> collect(element, name + "[].", paths, path));
            } else {
                collect(component.getType(), name + ".", paths, path);
            }
        }
        path.remove(type);
    }

    private static java.util.Optional<Class<?>> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return java.util.Optional.of(element);
        }
        return java.util.Optional.empty();
    }
}
