package com.piquetickets.saga.checkout;

import com.piquetickets.domain.show.ShowId;
import java.util.Optional;

/**
 * Where the money of a show's card payments goes (ARCHITECTURE, checkout step 4): the Stripe connected account of the
 * show's producer when that account can take charges, so the Checkout Session is a destination charge; empty when the
 * platform account takes the payment itself.
 */
public interface PayoutAccounts {

    Optional<String> connectedAccountFor(ShowId showId);
}
