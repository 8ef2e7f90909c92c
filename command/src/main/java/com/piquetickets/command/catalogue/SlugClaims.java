package com.piquetickets.command.catalogue;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import java.util.Set;

/** How a slug is chosen, shared by every registry implementation. */
public final class SlugClaims {

    private SlugClaims() {
    }

    /** The first of {@code base}, base-2, base-3... that is not in {@code taken}. */
    public static Slug firstFree(Slug base, Set<String> taken) {
        if (!taken.contains(base.value())) {
            return base;
        }
        for (int n = 2; ; n++) {
            Slug candidate = base.withSuffix(n);
            if (!taken.contains(candidate.value())) {
                return candidate;
            }
        }
    }

    public static RuleViolationException taken(CatalogueKind kind, Slug slug) {
        return new RuleViolationException("slug-taken",
                "the " + kind.code() + " slug '" + slug + "' is taken by another " + kind.code() + "; choose another slug");
    }
}
