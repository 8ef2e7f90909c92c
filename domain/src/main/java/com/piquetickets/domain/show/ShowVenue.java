package com.piquetickets.domain.show;

import java.util.UUID;

/** The venue of a show, as much as a show page needs. */
public record ShowVenue(UUID id, String slug, String name, String address, String city, String state, String zipCode) {
}
