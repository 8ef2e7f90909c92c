package com.piquetickets.command.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.show.ShowId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every hold schedule does, run against each implementation (each test starts from an empty schedule). */
abstract class HoldScheduleContract {

    private static final Instant AT = Instant.parse("2030-03-01T12:30:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    abstract HoldSchedule schedule();

    @Test
    void showIsDueOnceItsTimeHasCome() {
        ShowId show = show();
        schedule().record(show, AT);

        assertThat(schedule().dueBy(AT.minusMillis(1), 10)).isEmpty();
        assertThat(schedule().dueBy(AT, 10)).containsExactly(show);
    }

    @Test
    void anEarlierTimeReplacesALaterOne() {
        ShowId show = show();
        schedule().record(show, AT);
        schedule().record(show, AT.minus(MINUTE));

        assertThat(schedule().dueBy(AT.minus(MINUTE), 10)).containsExactly(show);
    }

    @Test
    void aLaterTimeLeavesTheEarlierOne() {
        ShowId show = show();
        schedule().record(show, AT);
        schedule().record(show, AT.plus(MINUTE));

        assertThat(schedule().dueBy(AT, 10)).containsExactly(show);
    }

    @Test
    void clearingForgetsATimeThatIsDue() {
        ShowId show = show();
        schedule().record(show, AT);
        schedule().clear(show, AT);

        assertThat(schedule().dueBy(AT.plus(Duration.ofDays(365)), 10)).isEmpty();
    }

    @Test
    void clearingLeavesATimeThatIsNotDueYet() {
        ShowId show = show();
        schedule().record(show, AT);
        schedule().clear(show, AT.minus(MINUTE));

        assertThat(schedule().dueBy(AT, 10)).containsExactly(show);
    }

    @Test
    void aClearedShowIsScheduledAgainByItsNextHold() {
        ShowId show = show();
        schedule().record(show, AT);
        schedule().clear(show, AT);
        schedule().record(show, AT.plus(MINUTE));

        assertThat(schedule().dueBy(AT, 10)).isEmpty();
        assertThat(schedule().dueBy(AT.plus(MINUTE), 10)).containsExactly(show);
    }

    @Test
    void clearingAShowWithoutATimeChangesNothing() {
        ShowId other = show();
        schedule().record(other, AT);

        schedule().clear(show(), AT);

        assertThat(schedule().dueBy(AT, 10)).containsExactly(other);
    }

    @Test
    void dueShowsComeLongestDueFirstUpToTheLimit() {
        ShowId first = show();
        ShowId second = show();
        ShowId third = show();
        schedule().record(third, AT);
        schedule().record(first, AT.minus(MINUTE.multipliedBy(2)));
        schedule().record(second, AT.minus(MINUTE));

        assertThat(schedule().dueBy(AT, 2)).containsExactly(first, second);
        assertThat(schedule().dueBy(AT, 10)).containsExactly(first, second, third);
    }

    private static ShowId show() {
        return new ShowId(UUID.randomUUID());
    }
}
