package com.piquetickets.api.catalogue;

import com.piquetickets.domain.show.TicketPageDesign;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The look of a show's ticket page: hex colours ({@code #rrggbb} or {@code #rgb}) and a background image URL. */
record PageDesignRequest(
        @Pattern(regexp = HEX, message = HEX_MESSAGE) String primaryColor,
        @Pattern(regexp = HEX, message = HEX_MESSAGE) String secondaryColor,
        @Size(max = 2_000) String backgroundImage) {

    static final String HEX = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})";
    static final String HEX_MESSAGE = "must be a hex colour such as #1a2b3c";

    TicketPageDesign design() {
        return new TicketPageDesign(primaryColor, secondaryColor, backgroundImage);
    }
}
