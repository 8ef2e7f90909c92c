package com.piquetickets.command.common;

import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import java.util.Objects;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/** Matchers for the domain exceptions a fixture expects, by what the API maps them on: field, code, kind. */
public final class DomainFailures {

    private DomainFailures() {
    }

    public static Matcher<InvalidInputException> invalidInput(String field) {
        return new CustomTypeSafeMatcher<>("invalid input naming field '" + field + "'") {
            @Override
            protected boolean matchesSafely(InvalidInputException e) {
                return field.equals(e.field());
            }
        };
    }

    public static Matcher<RuleViolationException> ruleViolation(String code) {
        return new CustomTypeSafeMatcher<>("rule violation '" + code + "'") {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return code.equals(e.code());
            }
        };
    }

    public static Matcher<RuleViolationException> ruleViolation(String code, String messagePart) {
        return new CustomTypeSafeMatcher<>("rule violation '" + code + "' saying '" + messagePart + "'") {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return code.equals(e.code()) && e.getMessage().contains(messagePart);
            }
        };
    }

    /** A missing {@code kind} referred to by request field {@code field} (null: named by the URL). */
    public static Matcher<NotFoundException> notFound(String kind, String field) {
        return new CustomTypeSafeMatcher<>("not found: " + kind + " from field '" + field + "'") {
            @Override
            protected boolean matchesSafely(NotFoundException e) {
                return (kind + "-not-found").equals(e.code()) && Objects.equals(field, e.field());
            }
        };
    }
}
