package com.piquetickets.domain.featured;

/** The one featured-shows list of the platform. */
public final class FeaturedShows {

    /** The aggregate identifier of the single featured-shows list. */
    public static final String LIST_ID = "featured-shows";

    private FeaturedShows() {
    }
}
