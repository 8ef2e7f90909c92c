package com.piquetickets.query.show;

import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.domain.common.UserId;
import java.util.UUID;

/**
 * Reads the acting user from the {@value #USER_ID} metadata of an event. Taken as an {@code Object} because how a
 * metadata value comes back (a string, a UUID) depends on the serializer; anything unreadable means "unknown".
 */
public final class Authors {


    private Authors() {
    }

    public static UUID authorId(Object metaDataValue) {
        return switch (metaDataValue) {
            case null -> null;
            case UUID uuid -> uuid;
            case UserId userId -> userId.value();
            default -> {
                try {
                    yield UUID.fromString(metaDataValue.toString().trim());
                } catch (IllegalArgumentException notAUuid) {
                    yield null;
                }
            }
        };
    }
}
