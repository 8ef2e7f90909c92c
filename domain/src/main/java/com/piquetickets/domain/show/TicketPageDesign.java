package com.piquetickets.domain.show;

/** How the ticket page of a show looks: two colours as {@code #rrggbb} and an optional background image URL. */
public record TicketPageDesign(String primaryColor, String secondaryColor, String backgroundImage) {
}
