package com.piquetickets.api.web;

import java.util.UUID;

/** What a create answers with: the new id and, for catalogue entries, the slug they are found under. */
public record CreatedResource(UUID id, String slug) {
}
