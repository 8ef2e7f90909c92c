package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.serialization.Revision;

/** A user is no longer a member of a producer. */
@Revision("1")
public record UserDissociatedFromProducerEvent(UserId userId, ProducerId producerId) {
}
