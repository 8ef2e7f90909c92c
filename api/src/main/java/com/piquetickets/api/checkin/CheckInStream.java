package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.checkin.CheckInStats;
import com.piquetickets.domain.checkin.CheckInStatsChanged;
import com.piquetickets.domain.checkin.FindCheckInStatsQuery;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;

/**
 * Live door counts as server-sent events. Per show watched, one subscription to the check-in projections' committed
 * changes ({@link CheckInStatsChanged}) marks the show changed; every {@code statsPushInterval} a changed show's counts
 * are read once and sent to all its streams, so a scan reaches the dashboards within a second without one read per
 * client. Every {@code statsRefresh} the counts are sent anyway: a keep-alive, and the catch-up for changes projected on
 * another node (whose reports do not reach this one).
 */
@Component
class CheckInStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CheckInStream.class);

    private final Queries queries;
    private final QueryGateway gateway;
    private final CheckInProperties properties;
    private final Map<UUID, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "check-in-stream");
        thread.setDaemon(true);
        return thread;
    });

    /** The streams of one show, and whether its counts changed since they were last sent. */
    private record Watch(Set<SseEmitter> emitters, AtomicBoolean changed, Disposable listening) {
    }

    CheckInStream(Queries queries, QueryGateway gateway, CheckInProperties properties) {
        this.queries = queries;
        this.gateway = gateway;
        this.properties = properties;
        long push = properties.statsPushInterval().toMillis();
        long refresh = properties.statsRefresh().toMillis();
        pusher.scheduleWithFixedDelay(this::pushChanged, push, push, TimeUnit.MILLISECONDS);
        pusher.scheduleWithFixedDelay(this::pushAll, refresh, refresh, TimeUnit.MILLISECONDS);
    }

    /** A new stream of a show's counts, which starts with the counts as they are now. */
    SseEmitter open(UUID showId) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        join(showId, emitter);
        emitter.onCompletion(() -> close(showId, emitter));
        emitter.onTimeout(() -> close(showId, emitter));
        emitter.onError(failure -> close(showId, emitter));
        send(showId, emitter, stats(showId));
        return emitter;
    }

    private synchronized void join(UUID showId, SseEmitter emitter) {
        watches.computeIfAbsent(showId, show -> {
            AtomicBoolean changed = new AtomicBoolean();
            // Only the updates are listened to; the subscription's initial result is never asked for, so never read.
            Disposable listening = gateway.subscriptionQuery(new FindCheckInStatsQuery(show, 0),
                            ResponseTypes.instanceOf(CheckInStats.class), ResponseTypes.instanceOf(CheckInStatsChanged.class))
                    .updates().subscribe(update -> changed.set(true), failure -> changed.set(true));
            return new Watch(new CopyOnWriteArraySet<>(), changed, listening);
        }).emitters().add(emitter);
    }

    private synchronized void close(UUID showId, SseEmitter emitter) {
        Watch watch = watches.get(showId);
        if (watch != null && watch.emitters().remove(emitter) && watch.emitters().isEmpty()) {
            watches.remove(showId);
            watch.listening().dispose();
        }
    }

    private void pushChanged() {
        watches.forEach((show, watch) -> {
            if (watch.changed().getAndSet(false)) {
                push(show, watch);
            }
        });
    }

    private void pushAll() {
        watches.forEach(this::push);
    }

    private void push(UUID showId, Watch watch) {
        try {
            CheckInStats stats = stats(showId);
            watch.emitters().forEach(emitter -> send(showId, emitter, stats));
        } catch (RuntimeException e) {
            log.warn("live door counts of show {} could not be read: {}", showId, e.toString());
        }
    }

    private CheckInStats stats(UUID showId) {
        return queries.one(new FindCheckInStatsQuery(showId, properties.lastScans()), CheckInStats.class, "show", showId);
    }

    private void send(UUID showId, SseEmitter emitter, CheckInStats stats) {
        try {
            emitter.send(SseEmitter.event().name("stats").data(stats, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // The client went away.
            close(showId, emitter);
            try {
                emitter.completeWithError(gone);
            } catch (IllegalStateException alreadyCompleted) {
                log.debug("a live door count stream was already closed");
            }
        }
    }

    @Override
    public void destroy() {
        pusher.shutdownNow();
        watches.values().forEach(watch -> {
            watch.listening().dispose();
            watch.emitters().forEach(SseEmitter::complete);
        });
        watches.clear();
    }
}
