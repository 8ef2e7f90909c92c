package com.piquetickets.command.show;

import org.junit.jupiter.api.BeforeEach;

/** The test double keeps the contract too, so aggregate tests can trust it. */
class InMemoryHoldScheduleTest extends HoldScheduleContract {

    private InMemoryHoldSchedule schedule;

    @BeforeEach
    void emptySchedule() {
        schedule = new InMemoryHoldSchedule();
    }

    @Override
    HoldSchedule schedule() {
        return schedule;
    }
}
