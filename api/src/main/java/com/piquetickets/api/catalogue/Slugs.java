package com.piquetickets.api.catalogue;

import com.piquetickets.domain.common.Slug;

/** Turns an optional requested slug from a request body into the domain's value (which names the field when invalid). */
final class Slugs {

    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String MESSAGE = "must be lower-case letters, digits and single hyphens";

    private Slugs() {
    }

    static Slug requested(String slug) {
        return slug == null || slug.isBlank() ? null : new Slug(slug);
    }
}
