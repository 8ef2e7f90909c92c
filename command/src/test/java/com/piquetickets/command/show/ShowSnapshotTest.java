package com.piquetickets.command.show;

import static com.piquetickets.command.show.ShowFixtures.GENERAL;
import static com.piquetickets.command.show.ShowFixtures.HOLD_EXPIRES;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.ORDER;
import static com.piquetickets.command.show.ShowFixtures.OTHER_ORDER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;
import static com.piquetickets.command.show.ShowFixtures.published;
import static com.piquetickets.command.show.ShowFixtures.reserved;
import static com.piquetickets.command.show.ShowFixtures.reservedUntil;
import static com.piquetickets.command.show.ShowFixtures.held;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ReleaseExpiredHoldsCommand;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** A Show snapshot, written and read by Axon's Jackson serializer configured as in the application, is the same show. */
class ShowSnapshotTest {

    private static final OrderId THIRD_ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b003"));

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
                        reserved(ORDER, GENERAL, 2), new ReservationConfirmedEvent(SHOW, ORDER, List.of(held(GENERAL, 2)), false),
                        reserved(OTHER_ORDER, GENERAL, 1), reservedUntil(THIRD_ORDER, NOW, null, held(GENERAL, 1)))
                .when(new ReleaseExpiredHoldsCommand(SHOW, NOW))
                .expectState(show -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(show, byte[].class);
                    Show restored = serializer.deserialize(snapshot);

                    assertThat(restored).usingRecursiveComparison().ignoringFields("holds.heldByExpiry").isEqualTo(show);
                    assertThat(restored).extracting("showId").isEqualTo(SHOW);
                    assertThat(restored).extracting("holds").extracting("byOrder")
                            .asInstanceOf(InstanceOfAssertFactories.MAP).hasSize(3);
                    // held, sold and released holds; the order of expiry is not stored: it is found again from the holds
                    assertThat(restored).extracting("holds", InstanceOfAssertFactories.type(SeatHolds.class))
                            .returns(HOLD_EXPIRES, SeatHolds::earliestExpiry);
                });
    }
}
