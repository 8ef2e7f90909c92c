package com.piquetickets.command.show;

import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** A Show snapshot, written and read by Axon's Jackson serializer configured as in the application, is the same show. */
class ShowSnapshotTest {

    /** The settings of the application's Axon mapper (api's AxonConfiguration). */
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void snapshotKeepsTicketTypesHoldsAndPromoCodes() {
        PromoCodeSpec promo = new PromoCodeSpec("EarlyBird", DiscountKind.PERCENTAGE, new BigDecimal("12.5"), 100,
                null, null, null);
        ShowFixtures.fixture(ShowFixtures.registry())
                .given(created(), generalAdmissionAdded(), new PromoCodeAddedEvent(SHOW, promo), published(),
                        reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, List.of(seats(GENERAL, 2)), false),
                        reserved(OTHER_ORDER, GENERAL, 1))
                .when(new ReleaseReservationCommand(SHOW, OTHER_ORDER, "hold-expired"))
                .expectState(show -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(show, byte[].class);
                    Show restored = serializer.deserialize(snapshot);

                    assertThat(restored).usingRecursiveComparison().isEqualTo(show);
                    assertThat(restored).extracting("showId").isEqualTo(SHOW);
                    assertThat(restored).extracting("holds").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .hasSize(2);
                });
    }
}
