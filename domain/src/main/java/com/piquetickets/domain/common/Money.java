package com.piquetickets.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency, always held to two decimals. Amounts are never floating point: rounding,
 * where an operation needs it, is half-even to the cent.
 */
public record Money(BigDecimal amount, String currency) {

    public static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidInputException("amount", "at most two decimal places");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        currency = requireIsoCurrency(currency);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * -1, 0 or 1 as the amount is negative, zero or positive. Deliberately not {@code isZero()}: Jackson would store
     * such a bean-style accessor in every event as if it were part of the fact.
     */
    public int signum() {
        return amount.signum();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** This amount times a percentage (e.g. 12.5 for 12.5 %), rounded half-even to the cent. */
    public Money percent(BigDecimal percentage) {
        BigDecimal exact = amount.multiply(percentage).movePointLeft(2);
        return new Money(exact.setScale(SCALE, RoundingMode.HALF_EVEN), currency);
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) < 0;
    }

    /** An ISO 4217 code in upper case, or an {@link InvalidInputException} naming the field. */
    public static String requireIsoCurrency(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(upper);
            if (currency.getDefaultFractionDigits() != SCALE) {
                throw new InvalidInputException("currency", "only currencies with two decimal places are supported");
            }
            return currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "not an ISO 4217 currency code: " + code);
        }
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
