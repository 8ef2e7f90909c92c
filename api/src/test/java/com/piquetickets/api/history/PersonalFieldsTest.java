package com.piquetickets.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Personal fields come from the domain's {@code @Personal} marks, and every field that looks personal carries one. */
class PersonalFieldsTest {

    /** Component names that say who someone is; a new event with one of them must mark it. */
    private static final Set<String> LOOKS_PERSONAL = Set.of("email", "firstname", "lastname", "phone", "ipaddress",
            "useragent", "username", "to", "textbody", "htmlbody");

    /** Fields with such a name that are public on purpose: a venue's phone number is on its page. */
    private static final Set<String> PUBLIC = Set.of("VenueCreatedEvent.details.phone", "VenueUpdatedEvent.details.phone");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrdersBuyerAndNamedAttendeesArePersonal() {
        assertThat(new PersonalFields().paths("com.piquetickets.domain.order.OrderPlacedEvent")).containsExactlyInAnyOrder(
                "buyer.firstName", "buyer.lastName", "buyer.email", "lines[].attendees[].firstName",
                "lines[].attendees[].lastName", "lines[].attendees[].email");
    }

    @Test
    void strippingRemovesThePersonalFieldsAtEveryDepthAndThePersonalMetadata() throws Exception {
        JsonNode payload = json.readTree("""
                {"buyer": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com"},
                 "lines": [{"quantity": 2, "attendees": [{"firstName": "Grace", "email": "g@example.com"}]}],
                 "promoCode": "SAVE"}""");
        JsonNode metaData = json.readTree("""
                {"clientIp": "203.0.113.9", "userAgent": "curl", "userId": "u-1"}""");
        new PersonalFields().strip("com.piquetickets.domain.order.OrderPlacedEvent", payload, metaData);
        assertThat(payload.toString()).isEqualTo(
                "{\"buyer\":{},\"lines\":[{\"quantity\":2,\"attendees\":[{}]}],\"promoCode\":\"SAVE\"}");
        assertThat(metaData.toString()).isEqualTo("{\"userId\":\"u-1\"}");
    }

    @Test
    void aClassThatIsNotOursHasNoPersonalFields() {
        assertThat(new PersonalFields().paths("java.lang.String")).isEmpty();
        assertThat(new PersonalFields().paths("com.piquetickets.domain.NoSuchEvent")).isEmpty();
    }

    @Test
    void everyEventFieldThatLooksPersonalIsMarked() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        List<String> unmarked = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("com.piquetickets.domain")) {
            Class<?> event = Class.forName(candidate.getBeanClassName());
            List<String> marked = new PersonalFields().paths(event.getName());
            collect(event, "", marked, unmarked, event.getSimpleName());
        }
        assertThat(unmarked).as("fields that look personal but carry no @Personal").isEmpty();
    }

    private static void collect(Class<?> type, String prefix, List<String> marked, List<String> unmarked, String event) {
        if (!type.isRecord() || !type.getName().startsWith("com.piquetickets.domain")) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            if (LOOKS_PERSONAL.contains(component.getName().toLowerCase(Locale.ROOT)) && !marked.contains(path)
                    && !PUBLIC.contains(event + "." + path)) {
                unmarked.add(event + "." + path);
            }
            collect(component.getType(), path + ".", marked, unmarked, event);
        }
    }
}
