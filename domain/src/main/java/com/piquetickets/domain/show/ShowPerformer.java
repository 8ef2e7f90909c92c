package com.piquetickets.domain.show;

import java.util.UUID;

/** A performer on the line-up of a show, in billing order. */
public record ShowPerformer(UUID id, String slug, String name, String image) {
}
