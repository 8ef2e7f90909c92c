package com.piquetickets.api.probe;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Sends the cases one after the other over one keep-alive connection and has each answer judged. Bounded in time:
 * once an operation answers slowly while a projection is stopped, the rest of its cases that may poison are not
 * sent, and nothing is sent once the time budget is spent; the tally says what was left out.
 */
final class Sweep {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(12);
    private static final long STALLED_MILLIS = 900;

    private final RawHttpClient client;
    private final Requests requests;
    private final Judge judge;
    private final BooleanSupplier projectionStopped;
    private final Duration budget;

    Sweep(RawHttpClient client, Requests requests, Judge judge, BooleanSupplier projectionStopped, Duration budget) {
        this.client = client;
        this.requests = requests;
        this.judge = judge;
        this.projectionStopped = projectionStopped;
        this.budget = budget;
    }

    SweepTally run(List<ProbeCase> cases, Report report) {
        SweepTally tally = new SweepTally();
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        for (ProbeCase probe : cases) {
            if (System.nanoTime() > deadline) {
                tally.overBudget++;
            } else if (tally.refusedBeforeTheBody(probe)) {
                tally.unread++;
            } else if (probe.mayPoison() && tally.stalled(probe)) {
                tally.skippedAfterStall(probe);
            } else {
                send(probe, tally, report);
            }
        }
        tally.took = Duration.ofNanos(System.nanoTime() - started);
        return tally;
    }

    private void send(ProbeCase probe, SweepTally tally, Report report) {
        String correlationId = UUID.randomUUID().toString();
        RawResponse response;
        try {
            response = client.send(requests.build(probe, correlationId), READ_TIMEOUT);
        } catch (IOException e) {
            report.add(judge.noAnswer(probe, e));
            tally.stall(probe);
            return;
        }
        report.addAll(judge.judge(probe, response));
        tally.answered(probe, response, correlationId);
        if (response.elapsedMillis() > STALLED_MILLIS && projectionStopped.getAsBoolean()) {
            tally.stall(probe);
        }
    }
}
