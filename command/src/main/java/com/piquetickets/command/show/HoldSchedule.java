package com.piquetickets.command.show;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import java.util.List;

/**
 * When each show's earliest held seat runs out, so that expired holds are released without a process per order: a
 * sweeper lists the shows due ({@link #dueBy}) and sends each a {@code ReleaseExpiredHoldsCommand}.
 * <p>
 * The Show writes it in its command handlers, in the transaction of its events. A recorded time may be earlier than
 * the show's earliest hold (a hold sold meanwhile): that only costs a sweep that finds nothing, which records the next
 * time. It must never be later, so {@link #record} keeps the earlier of two times and {@link #clear} leaves a time
 * that is not due yet.
 */
public interface HoldSchedule {

    /** A hold of the show runs out at {@code expiresAt}: the show is due by then (an earlier recorded time stays). */
    void record(ShowId showId, Instant expiresAt);

    /** The show was swept up to {@code sweptUpTo}: forgets its time if that is due by then; a later time stays. */
    void clear(ShowId showId, Instant sweptUpTo);

    /** At most {@code limit} shows whose time has come by {@code instant}, the longest due first. */
    List<ShowId> dueBy(Instant instant, int limit);
}
