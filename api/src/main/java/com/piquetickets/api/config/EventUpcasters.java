package com.piquetickets.api.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.show.TicketsReservedEvent;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Upcasters for events whose shape changed: a stored event of an older revision is read as the current one. Each
 * change so far added members whose value the old event never knew; they are added as null, so that replays, sagas
 * and exports all see one shape.
 */
@Configuration(proxyBeanMethods = false)
class EventUpcasters {

    /** Revision 2 knows the payment method, the show's producer and where card payments go. */
    @Bean
    SingleEventUpcaster ticketsReservedRevision2() {
        return new AddedMembers(TicketsReservedEvent.class, "1", "2", List.of("paymentMethod", "producerId", "payoutAccountId"));
    }

    /** Revision 2 knows where card payments go. */
    @Bean
    SingleEventUpcaster orderReservedRevision2() {
        return new AddedMembers(OrderReservedEvent.class, "1", "2", List.of("payoutAccountId"));
    }

    /** Revision 2 carries what fulfilment needs: the show, the buyer, the lines and the price. */
    @Bean
    SingleEventUpcaster paymentConfirmedRevision2() {
        return new AddedMembers(PaymentConfirmedEvent.class, "1", "2", List.of("showId", "buyer", "lines", "pricing"));
    }

    /** Moves an event from one revision to the next by adding members, as null, that the older one lacks. */
    static final class AddedMembers extends SingleEventUpcaster {

        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final List<String> members;

        AddedMembers(Class<?> event, String fromRevision, String toRevision, List<String> members) {
            this.from = new SimpleSerializedType(event.getName(), fromRevision);
            this.to = new SimpleSerializedType(event.getName(), toRevision);
            this.members = List.copyOf(members);
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(from);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(to, JsonNode.class, payload -> {
                if (payload instanceof ObjectNode object) {
                    members.forEach(member -> {
                        if (!object.has(member)) {
                            object.putNull(member);
                        }
                    });
                }
                return payload;
            });
        }
    }
}
