package com.piquetickets.api.checkout;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.piquetickets.api.messaging.OneTransaction;
import com.piquetickets.command.show.HoldSchedule;
import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.domain.order.ClosedOrder;
import com.piquetickets.domain.order.ExpireOrderCommand;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ReleaseExpiredHoldsCommand;
import com.piquetickets.domain.show.ReleasedHolds;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.saga.payment.StripeGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Releases the seat holds that ran out, without a saga or a deadline per order: every show records when its earliest
 * hold runs out ({@link HoldSchedule}, written with its events), and one durable db-scheduler task, which runs on one
 * node at a time and survives restarts, asks each show that is due to release its expired holds and expires their
 * orders, in one transaction per show; then, with no transaction open, it expires their Stripe sessions. Repeating a
 * sweep changes nothing: the show and the orders decide by their state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutSettings.class)
class HoldSweeper {

    static final String TASK = "hold-sweep";
    /** Shows swept per run; more wait for the next run, a sweep interval later. */
    static final int SHOWS_PER_SWEEP = 500;
    static final Map<String, Object> ACTOR = Map.of(MetaDataKeys.ACTOR, "system:hold-expiry");

    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);

    @Bean
    RecurringTask<Void> holdSweep(CheckoutSettings settings, HoldSchedule schedule, CommandGateway commands,
                                  OneTransaction oneTransaction, ObjectProvider<StripeGateway> stripe, Clock clock) {
        Sweep sweep = new Sweep(schedule, commands, oneTransaction, stripe, clock);
        return Tasks.recurring(TASK, FixedDelay.of(settings.sweepInterval())).execute((instance, context) -> sweep.run());
    }

    record Sweep(HoldSchedule schedule, CommandGateway commands, OneTransaction oneTransaction,
                 ObjectProvider<StripeGateway> stripe, Clock clock) {

        void run() {
            Instant now = clock.instant();
            for (ShowId show : schedule.dueBy(now, SHOWS_PER_SWEEP)) {
                try {
                    expireSessions(release(show, now));
                } catch (RuntimeException e) {
                    log.warn("Releasing the expired holds of show {} failed; the next sweep tries again", show, e);
                }
            }
        }

        /** The show's expired holds released and their orders expired, together; the sessions those orders opened. */
        private List<String> release(ShowId show, Instant now) {
            return oneTransaction.run(() -> {
                ReleasedHolds released = send(new ReleaseExpiredHoldsCommand(show, now));
                List<String> sessions = new ArrayList<>();
                for (OrderId order : released.orderIds()) {
                    ClosedOrder closed = send(new ExpireOrderCommand(order));
                    if (closed != null) {
                        sessions.addAll(closed.sessionIds());
                    }
                }
                return sessions;
            });
        }

        /** Best effort: a session that stays open expires on its own, and a late payment is ticketed or refunded. */
        private void expireSessions(List<String> sessions) {
            StripeGateway gateway = stripe.getIfAvailable();
            if (gateway == null) {
                return;
            }
            for (String session : sessions) {
                try {
                    gateway.expireSession(session);
                } catch (RuntimeException e) {
                    log.warn("Could not expire Stripe session {} ({}); it expires on its own", session, e.getMessage());
                }
            }
        }

        private <R> R send(Object command) {
            return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(ACTOR));
        }
    }
}
