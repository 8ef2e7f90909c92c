package com.piquetickets.api.projections;

import com.piquetickets.domain.common.RuleViolationException;
import java.lang.management.ManagementFactory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection in place, safely with several nodes. A request is a row in {@code projection_rebuild}; every
 * node polls the table. A node running the processor stops it, which releases its token claims. The node that holds
 * the row's lock and can claim every segment resets the tokens (Axon's {@code resetTokens}: the projection's reset
 * handler clears its tables, and the processor replays the store from the start), marks the row STARTED and starts the
 * processor; the other nodes then start theirs again, and the claims decide who replays which segment. A node that
 * still holds a claim makes the reset fail to claim it, so the reset waits for the next poll: a projection is never
 * reset while another node writes to it.
 *
 * <p>In place rather than into fresh tables: every projection maps its tables through JPA entities with fixed names,
 * and a second set of tables per projection would need a second mapping of each. While it replays, the read model
 * answers from the rows rebuilt so far, and every response says so ({@link ReadModelStalenessFilter}).
 */
@Component
class ProjectionRebuilds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    static final String REQUESTED = "REQUESTED";
    static final String STARTED = "STARTED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ProjectionMonitor monitor;
    private final ProjectionProperties settings;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    /** Processors this node stopped for a rebuild another node has not started yet. */
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService poller;

    ProjectionRebuilds(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ProjectionMonitor monitor,
                       ProjectionProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.monitor = monitor;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks every node to rebuild the projection, and does its own part at once. */
    void request(String name, String requestedBy) {
        transaction.executeWithoutResult(status -> {
            List<String> states = jdbc.queryForList("select state from projection_rebuild where processor_name = ? "
                    + "for update", String.class, name);
            if (states.contains(REQUESTED)) {
                throw new RuleViolationException("rebuild-pending", "a rebuild of '" + name + "' is already waiting to start");
            }
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            if (states.isEmpty()) {
                jdbc.update("insert into projection_rebuild (processor_name, state, requested_at, requested_by) "
                        + "values (?, ?, ?, ?)", name, REQUESTED, now, requestedBy);
            } else {
                jdbc.update("update projection_rebuild set state = ?, requested_at = ?, requested_by = ?, started_at = null, "
                        + "started_by = null where processor_name = ?", REQUESTED, now, requestedBy, name);
            }
        });
        poll();
    }

    /** Every projection's last rebuild, by name. */
    Map<String, ProjectionStatus.Rebuild> rebuilds() {
        Map<String, ProjectionStatus.Rebuild> rebuilds = new LinkedHashMap<>();
        jdbc.query("select processor_name, state, requested_at, requested_by, started_at, started_by "
                + "from projection_rebuild", row -> {
            rebuilds.put(row.getString(1), new ProjectionStatus.Rebuild(row.getString(2), instant(row, 3),
                    row.getString(4), instant(row, 5), row.getString(6)));
        });
        return rebuilds;
    }

    /** One round: stop what waits for a rebuild, reset what can be reset, start again what was reset elsewhere. */
    synchronized void poll() {
        Map<String, StreamingEventProcessor> processors = monitor.processors();
        rebuilds().forEach((name, rebuild) -> {
            StreamingEventProcessor processor = processors.get(name);
            if (processor == null) {
                return;
            }
            if (REQUESTED.equals(rebuild.state())) {
                if (processor.isRunning()) {
                    processor.shutDown();
                    pausedHere.add(name);
                }
                if (reset(name, processor)) {
                    log.info("projection '{}' reset on this node; replaying the event store", name);
                    processor.start();
                    pausedHere.remove(name);
                }
            } else if (pausedHere.remove(name) && !processor.isRunning()) {
                processor.start();
            }
        });
    }

    private boolean reset(String name, StreamingEventProcessor processor) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                List<String> states = jdbc.queryForList("select state from projection_rebuild where processor_name = ? "
                        + "for update", String.class, name);
                if (!states.contains(REQUESTED)) {
                    return false;
                }
                processor.resetTokens();
                jdbc.update("update projection_rebuild set state = ?, started_at = ?, started_by = ? "
                        + "where processor_name = ?", STARTED, clock.instant().atOffset(ZoneOffset.UTC), node, name);
                return true;
            }));
        } catch (UnableToClaimTokenException | TransactionException e) {
            log.debug("projection '{}' still claimed by another node; reset on a later poll", name);
            return false;
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    @Override
    public void start() {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("projection-rebuilds")
                .factory());
        long every = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(() -> {
            try {
                poll();
                monitor.sample();
            } catch (RuntimeException e) {
                log.warn("projection rebuild poll failed: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = poller;
        if (running != null) {
            running.shutdownNow();
        }
        poller = null;
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }

    /** After Axon's processors start, before they stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
