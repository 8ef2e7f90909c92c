package com.piquetickets.api.messaging;

import java.util.function.Supplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Runs several commands as one unit of work in one database transaction: their events are appended together when it
 * commits, or none are. The commands are sent as usual (each its own nested unit of work) on the calling thread, which
 * must not be inside another unit of work.
 */
@Component
public class OneTransaction {

    private final TransactionManager transactions;

    OneTransaction(TransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work}, committing its commands' events at the end; a failure rolls all of them back and is thrown. */
    public <T> T run(Supplier<T> work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            unitOfWork.attachTransaction(transactions);
            T result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }
}
