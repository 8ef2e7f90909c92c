package com.piquetickets.api.projections;

import com.piquetickets.domain.common.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * A projection's dead letters through Axon's own API: the processing group's {@link SequencedDeadLetterQueue} to list
 * and discard them, its {@link SequencedDeadLetterProcessor} to retry a sequence (handled again in order; what fails
 * again goes back to the queue).
 */
@Component
class DeadLetterOperations {

    /** The most sequences, and letters per sequence, one listing shows. */
    static final int MAX_LISTED = 100;

    private final EventProcessingConfiguration processing;

    DeadLetterOperations(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    List<DeadLetterSequence> list(String processor) {
        List<DeadLetterSequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(processor).deadLetters()) {
            List<DeadLetterSequence.Letter> letters = new ArrayList<>();
            String id = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                id = id == null ? sequenceOf(letter) : id;
                letters.add(letter(letter));
                if (letters.size() == MAX_LISTED) {
                    break;
                }
            }
            sequences.add(new DeadLetterSequence(id, letters));
            if (sequences.size() == MAX_LISTED) {
                break;
            }
        }
        return sequences;
    }

    /** Handles the sequence again; true when all of it went through (false: it failed again and is parked again). */
    boolean retry(String processor, String sequence) {
        requireSequence(processor, sequence);
        SequencedDeadLetterProcessor<EventMessage<?>> retrier = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new NotFoundException("dead-letter-queue", processor));
        return retrier.process(letter -> sequence.equals(sequenceOf(letter))) && !queue(processor).contains(sequence);
    }

    /** Drops every letter of the sequence; answers how many. */
    int discard(String processor, String sequence) {
        requireSequence(processor, sequence);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequence).forEach(letters::add);
        letters.forEach(queue::evict);
        return letters.size();
    }

    private void requireSequence(String processor, String sequence) {
        if (!queue(processor).contains(sequence)) {
            throw new NotFoundException("dead-letter-sequence", sequence);
        }
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing.deadLetterQueue(processor)
                .orElseThrow(() -> new NotFoundException("dead-letter-queue", processor));
    }

    /** The queue's own key for the letter's sequence (for the JPA queue, the aggregate id it stored). */
    private static String sequenceOf(DeadLetter<?> letter) {
        if (letter instanceof JpaDeadLetter<?> jpa) {
            return jpa.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static DeadLetterSequence.Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Cause cause = letter.cause().orElse(null);
        return new DeadLetterSequence.Letter(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), position,
                cause == null ? null : cause.type(), cause == null ? null : Objects.toString(cause.message(), null),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
