package com.piquetickets.api.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the source of pooled streaming processors, with streams that tell the processor when new events
 * are there.
 *
 * <p>Why: the embedded event store's streams do not support {@link BlockingStream#setOnAvailableCallback}. A pooled
 * streaming processor that has run out of events then looks again only after a fixed 500 ms, so every asynchronous hop
 * of a checkout (saga step, projection) waited up to half a second. Here a watcher thread per stream waits in the
 * store's own {@code hasNextAvailable(timeout)}, which the store wakes as soon as events are committed (events of
 * other nodes: when the store next fetches), and calls the processor back. A lock keeps the watcher and the processor
 * from using the stream at the same time.
 */
final class WakingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> store;

    WakingEventSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.store = store;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new WakingStream(store.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    static final class WakingStream implements BlockingStream<TrackedEventMessage<?>> {

        private static final Logger log = LoggerFactory.getLogger(WakingStream.class);
        /** How long the watcher holds the stream per wait; the processor waits at most this long for it. */
        private static final int WATCH_MILLIS = 100;
        /** After a call-back, time for the processor to take the events before the watcher looks again. */
        private static final long SIGNALLED_PAUSE_MILLIS = 2;

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final ReentrantLock lock = new ReentrantLock(true);
        private volatile boolean closed;
        private volatile Thread watcher;

        WakingStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (watcher == null) {
                watcher = Thread.ofPlatform().daemon().name("event-availability-watcher").start(() -> watch(callback));
            }
            return true;
        }

        private void watch(Runnable callback) {
            while (!closed) {
                try {
                    boolean available;
                    lock.lockInterruptibly();
                    try {
                        available = !closed && stream.hasNextAvailable(WATCH_MILLIS, TimeUnit.MILLISECONDS);
                    } finally {
                        lock.unlock();
                    }
                    if (available) {
                        callback.run();
                        Thread.sleep(SIGNALLED_PAUSE_MILLIS);
                    }
                } catch (InterruptedException e) {
                    return; // closed
                } catch (RuntimeException e) {
                    // The processor meets the same failure on its own reads and handles it; look again a bit later.
                    log.debug("Waiting for events failed", e);
                    pause();
                }
            }
        }

        private static void pause() {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            lock.lock();
            try {
                return stream.peek();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public boolean hasNextAvailable() {
            lock.lock();
            try {
                return stream.hasNextAvailable();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            lock.lockInterruptibly();
            try {
                return stream.hasNextAvailable(timeout, unit);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                return stream.nextAvailable();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            closed = true;
            Thread running = watcher;
            if (running != null) {
                running.interrupt();
            }
            lock.lock();
            try {
                stream.close();
            } finally {
                lock.unlock();
            }
        }
    }
}
