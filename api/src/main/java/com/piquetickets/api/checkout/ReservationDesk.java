package com.piquetickets.api.checkout;

import com.piquetickets.api.messaging.OneTransaction;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PlaceOrderCommand;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ShowId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Places orders, one writer per show. Orders for a show wait in that show's queue; its writer takes up to
 * {@code batchSize} of them at once and, in one unit of work and one transaction on the cached show, asks the show to
 * hold each one's seats and records each order with the show's answer; it commits once and then answers every waiting
 * request from the commands' results. A batch that fails is tried again order by order, so one bad order cannot refuse
 * the others. Correctness does not rest on there being one writer: the event store's unique (aggregate, sequence) key
 * makes a conflicting append from another node fail, and that batch is then tried again.
 */
@Component
class ReservationDesk implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReservationDesk.class);

    /** An order to place: the show's command and how to record the order once the show has decided. */
    record Request(OrderId orderId, ReserveTicketsCommand reservation, OrderFactory order, Map<String, Object> metaData) {
    }

    /** Makes the order's command from the show's decision (an order's money is in the show's currency). */
    interface OrderFactory {
        PlaceOrderCommand from(ReservationDecision decision);
    }

    private final CommandGateway commands;
    private final OneTransaction oneTransaction;
    private final int batchSize;
    private final Map<ShowId, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

    ReservationDesk(CommandGateway commands, OneTransaction oneTransaction, CheckoutSettings settings) {
        this.commands = commands;
        this.oneTransaction = oneTransaction;
        this.batchSize = settings.batchSize();
    }

    /** Queues the order at its show's writer; completes with the show's decision once it is stored. */
    CompletableFuture<ReservationDecision> place(Request request) {
        Pending pending = new Pending(request, new CompletableFuture<>());
        Lane lane = lanes.computeIfAbsent(request.reservation().showId(), show -> new Lane());
        lane.waiting.add(pending);
        lane.wake();
        return pending.answer();
    }

    @Override
    public void destroy() {
        writers.shutdown();
    }

    private record Pending(Request request, CompletableFuture<ReservationDecision> answer) {
    }

    /** One show's queue; at most one writer drains it at a time. */
    private final class Lane {

        private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean writing = new AtomicBoolean();

        void wake() {
            if (writing.compareAndSet(false, true)) {
                writers.execute(this::drain);
            }
        }

        private void drain() {
            do {
                try {
                    List<Pending> batch = next();
                    while (!batch.isEmpty()) {
                        write(batch);
                        batch = next();
                    }
                } finally {
                    writing.set(false);
                }
                // An order queued after the last look and before the flag fell must not wait for the next one.
            } while (!waiting.isEmpty() && writing.compareAndSet(false, true));
        }

        private List<Pending> next() {
            List<Pending> batch = new ArrayList<>(batchSize);
            Pending pending;
            while (batch.size() < batchSize && (pending = waiting.poll()) != null) {
                batch.add(pending);
            }
            return batch;
        }
    }

    private void write(List<Pending> batch) {
        List<ReservationDecision> decisions;
        try {
            decisions = oneTransaction.run(() -> batch.stream().map(pending -> reserveAndPlace(pending.request())).toList());
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.getFirst().answer().completeExceptionally(e);
            } else {
                log.info("a batch of {} orders failed ({}); placing them one by one", batch.size(), e.toString());
                batch.forEach(pending -> write(List.of(pending)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(decisions.get(i));
        }
    }

    /** The show decides; the order is recorded unless the request was refused as a mistake, which writes nothing. */
    private ReservationDecision reserveAndPlace(Request request) {
        ReservationDecision decision = send(request.reservation(), request.metaData());
        if (decision instanceof SeatsRefused refused && !refused.recorded()) {
            return decision;
        }
        send(request.order().from(decision), request.metaData());
        return decision;
    }

    private <R> R send(Object command, Map<String, Object> metaData) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
