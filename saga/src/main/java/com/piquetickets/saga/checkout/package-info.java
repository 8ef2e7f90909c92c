/**
 * Checkout as long-running processes: {@link com.piquetickets.saga.checkout.CheckoutSaga} (reserve, pay, ticket, email,
 * expire) and {@link com.piquetickets.saga.checkout.RefundSaga} (pay back, void, return seats).
 */
package com.piquetickets.saga.checkout;
