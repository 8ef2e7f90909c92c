package com.piquetickets.api.security;

import java.util.UUID;

/**
 * A door device authenticated by its door token: one check-in session of one show. It may scan that show's tickets and
 * read its manifest, and nothing else.
 */
public record DoorDevice(UUID sessionId, UUID showId, String name) {
}
