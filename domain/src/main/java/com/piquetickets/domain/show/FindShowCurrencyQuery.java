package com.piquetickets.domain.show;

/**
 * The currency a show sells in (ISO 4217 code), answered as an optional {@code String}: empty for an unknown show or
 * one the public cannot find (a draft). A one-row lookup for placing an order, which needs the currency of the buyer's
 * amounts and not the whole {@link ShowView}.
 */
public record FindShowCurrencyQuery(ShowId showId) {
}
