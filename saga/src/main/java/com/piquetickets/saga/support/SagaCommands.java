package com.piquetickets.saga.support;

import com.piquetickets.domain.common.DomainException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * How the sagas send commands: always {@code sendAndWait}, with a time limit.
 *
 * <p>Waiting is deliberate. A saga step records its progress in saga state (a ticket issued, the order completed)
 * only after the command succeeded, so a failed command is seen as a failure and not as progress; and a business
 * refusal (a {@link DomainException}) can be reacted to in the same handler. On the local command bus the command runs
 * in the saga's unit of work anyway, so waiting costs nothing; on a distributed bus the time limit keeps a lost reply
 * from holding the saga processor's thread for ever. Anything else a command throws propagates: the event (or
 * deadline) is then handled again, which the sagas tolerate through deterministic ids and progress flags.
 */
public final class SagaCommands {

    /** How long a saga waits for one command. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SagaCommands() {
    }

    /** Sends {@code command} and waits for it; its failure is thrown. */
    public static void send(CommandGateway gateway, Object command) {
        gateway.sendAndWait(command, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Sends a command that creates an aggregate under a deterministic id. The aggregate already existing means an
     * earlier delivery created it: that counts as done, so this returns {@code false} instead of failing.
     *
     * @return {@code true} when this call created the aggregate
     */
    public static boolean sendCreating(CommandGateway gateway, Object command) {
        try {
            send(gateway, command);
            return true;
        } catch (RuntimeException e) {
            if (causeOfType(e, AggregateStreamCreationException.class).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The business refusal behind a failed command (a domain exception from an aggregate, or an aggregate that does not
     * exist), if that is what it was; empty for infrastructure failures, which should propagate.
     */
    public static Optional<RuntimeException> businessRejection(Throwable failure) {
        Optional<RuntimeException> domain = causeOfType(failure, DomainException.class).map(RuntimeException.class::cast);
        return domain.isPresent()
                ? domain
                : causeOfType(failure, AggregateNotFoundException.class).map(RuntimeException.class::cast);
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
