package com.piquetickets.query.show;

import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowVisibility;
import java.util.List;

/** Which shows an audience may see. Deleted shows are seen by nobody. */
final class Audience {

    private Audience() {
    }

    /** In lists: the public sees published shows only, management everything but deleted ones. */
    static List<ShowStatus> listed(ShowVisibility visibility) {
        return orPublic(visibility) == ShowVisibility.MANAGEMENT
                ? List.of(ShowStatus.DRAFT, ShowStatus.PUBLISHED, ShowStatus.CANCELLED)
                : List.of(ShowStatus.PUBLISHED);
    }

    /** By id or slug: the public also finds a cancelled show (to learn that it was cancelled). */
    static List<ShowStatus> findable(ShowVisibility visibility) {
        return orPublic(visibility) == ShowVisibility.MANAGEMENT
                ? List.of(ShowStatus.DRAFT, ShowStatus.PUBLISHED, ShowStatus.CANCELLED)
                : List.of(ShowStatus.PUBLISHED, ShowStatus.CANCELLED);
    }

    /** No visibility given means the least privileged audience. */
    static ShowVisibility orPublic(ShowVisibility visibility) {
        return visibility == null ? ShowVisibility.PUBLIC : visibility;
    }
}
