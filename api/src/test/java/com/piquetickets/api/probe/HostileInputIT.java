package com.piquetickets.api.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service probed as a hostile client would: every operation of its own OpenAPI document, anonymous and as
 * STAFF, with one hostile value at a time in each parameter, header and body field (empty, missing, wrong types,
 * boundary numbers, 100,000 characters, control characters, lone surrogates, RTL overrides, emoji, path traversal,
 * SQL and script fragments, bytes that are not UTF-8), whole bodies that are malformed, too deep or too large, and
 * request targets with {@code %00}, {@code %2F}, {@code ../}, {@code ..;/} or over 8 KB.
 *
 * <p>It holds when no answer is a 5xx; every error is an {@code application/problem+json} with a detail,
 * {@code X-Content-Type-Options: nosniff} and {@code Cache-Control}; no write accepts a control character, a lone
 * surrogate or a value the document forbids; an id that names nothing gets no 2xx; no refused request wrote an
 * event; and afterwards every projection is out of error and caught up, nothing is dead-lettered, and a fresh order
 * is readable within seconds. All findings are collected first and reported together, grouped; the whole list goes
 * to {@code target/hostile-input-report.txt}.
 *
 * <p>An operation or path parameter of the document that {@link PathParameters} does not know fails the test: a new
 * endpoint is probed from the day it is added.
 */
@PostgresIntegrationTest(properties = {
        // Accepted leads count against a per-address limit, and the whole sweep comes from one address.
        "pique.producer-interest.submissions-per-ip=1000000",
        // How long a write waits for a stopped projection before answering: the sweep should not pay 5 s per write.
        "pique.read-model.sync-timeout=1s"})
class HostileInputIT {

    private static final Duration BUDGET = Duration.ofMinutes(6);
    private static final Path REPORT = Path.of("target", "hostile-input-report.txt");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyOperationRefusesHostileInputWithAProblemDocumentAndTheReadModelStaysLive() throws IOException {
        ApiDocument document = new ApiDocument(new ApiClient(port).get("/v3/api-docs").expect(200).json());
        List<ApiDocument.Operation> operations = document.operations();
        assertThat(PathParameters.uncovered(operations)).as("operations the probe does not cover").isEmpty();

        ProbeFixtures.Made fixtures = new ProbeFixtures(port).make();
        ReadModelHealth health = new ReadModelHealth(jdbc, processing);
        long headBefore = health.head();
        List<ProbeCase> cases = new CaseGenerator(document).cases(operations);
        Report report = new Report();
        SweepTally tally;
        try (RawHttpClient client = new RawHttpClient("127.0.0.1", port)) {
            Requests requests = new Requests(new Baselines(document, fixtures.ids()), fixtures.staffToken());
            tally = new Sweep(client, requests, new Judge(), health::anyProjectionStopped, BUDGET).run(cases, report);
            report.addAll(health.processorsCaughtUp());
            new FreshOrder(client).placeAndReadBack(fixtures.untouchedShow(), fixtures.untouchedTicketType())
                    .ifPresent(report::add);
        }
        report.addAll(health.deadLetters());
        report.addAll(health.eventsOfRefusedRequests(headBefore, tally.refused));
        noteWhatWasNotProbed(tally, report);

        String summary = ("HostileInputIT: %d operations, %d requests sent (anonymous and staff) in %d s, %d more"
                + " not needed (anonymous body fields where access is refused first); %d findings %s").formatted(
                operations.size(), tally.sent, tally.took.toSeconds(), tally.unread, report.size(),
                report.counts());
        System.out.println(summary);
        System.out.println("  answering took " + tally.answering().toSeconds() + " s; slowest operations (time/requests): "
                + tally.slowest(12));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + report.full(), StandardCharsets.UTF_8);
        report.notes().forEach(note -> System.out.println("  note: " + note));
        assertThat(report.isEmpty()).withFailMessage(() -> summary + "\nEvery finding: " + REPORT.toAbsolutePath()
                + "\n" + report.summary(40_000)).isTrue();
    }

    /** Baselines a STAFF caller could not pass and cases left unsent, so a reader knows what the sweep reached. */
    private static void noteWhatWasNotProbed(SweepTally tally, Report report) {
        tally.baselines.forEach((operation, status) -> {
            if (operation.endsWith(" as staff") && status >= 400) {
                report.note("the baseline of " + operation + " answered " + status);
            }
        });
        tally.skippedAfterStall.forEach((operation, skipped) -> report.note(
                skipped + " NUL cases of " + operation + " not sent: it stalled while a projection was stopped"));
        if (tally.overBudget > 0) {
            report.add(Finding.overall(Finding.Kind.NOT_SENT, tally.overBudget + " cases not sent: the budget of "
                    + BUDGET.toMinutes() + " minutes was spent"));
        }
    }
}
