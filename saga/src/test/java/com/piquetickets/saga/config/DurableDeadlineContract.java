package com.piquetickets.saga.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.saga.SagaScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * What durable deadlines promise, on a real database: Axon's {@link DbSchedulerDeadlineManager} on db-scheduler, wired
 * as {@link DeadlineConfiguration} wires it, on the {@code scheduled_tasks} table the api's Flyway migration creates.
 */
abstract class DurableDeadlineContract {

    /** The api's migration: the table under test is exactly the one production gets. */
    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/common/V4__deadlines.sql");
    private static final SagaScopeDescriptor SAGA = new SagaScopeDescriptor("CheckoutSaga", "order-1");

    private final Queue<DeadlineMessage<?>> delivered = new ConcurrentLinkedQueue<>();
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private DataSource dataSource;
    private SpringTransactionManager transactionManager;
    private Scheduler running;

    /** The database under test, empty of {@code scheduled_tasks}. */
    abstract DataSource dataSource() throws Exception;

    /** A deadline's payload, as a saga would schedule it. */
    record HoldExpired(String orderId) {
    }

    @BeforeEach
    void createTable() throws Exception {
        dataSource = dataSource();
        assertThat(MIGRATION).as("the api's deadline migration").exists();
        new JdbcTemplate(dataSource).execute("drop table if exists scheduled_tasks");
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new FileSystemResource(MIGRATION));
        }
        transactionManager = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void stopScheduler() {
        if (running != null) {
            running.stop();
        }
    }

    @Test
    void deadlineScheduledBeforeARestartFiresAfterIt() {
        Node before = node();
        String id = inUnitOfWork(() -> before.manager().schedule(Instant.now().plusSeconds(2), "hold-expired",
                new HoldExpired("order-1"), SAGA));
        before.scheduler().stop();

        assertThat(id).isNotBlank();
        assertThat(scheduledDeadlines()).isEqualTo(1);
        assertThat(delivered).isEmpty();

        Node after = node();
        running = after.scheduler();
        running.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> !delivered.isEmpty());
        DeadlineMessage<?> deadline = delivered.peek();
        assertThat(deadline.getDeadlineName()).isEqualTo("hold-expired");
        assertThat(deadline.getPayload()).isEqualTo(new HoldExpired("order-1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> scheduledDeadlines() == 0);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void deadlineOfARolledBackUnitOfWorkIsNeverScheduled() {
        Node node = node();
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        node.manager().schedule(Instant.now().plusSeconds(1), "hold-expired", new HoldExpired("order-1"), SAGA);
        unitOfWork.onPrepareCommit(u -> {
            throw new IllegalStateException("the saga's step failed after scheduling");
        });
        try {
            unitOfWork.commit();
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(scheduledDeadlines()).isZero();
    }

    @Test
    void cancelledDeadlineNeverFires() throws Exception {
        Node node = node();
        inUnitOfWork(() -> node.manager().schedule(Instant.now().plusSeconds(1), "hold-expired",
                new HoldExpired("order-1"), SAGA));
        inUnitOfWork(() -> {
            node.manager().cancelAllWithinScope("hold-expired", SAGA);
            return null;
        });
        running = node.scheduler();
        running.start();

        // Past its due time and a scheduler poll, nothing has been delivered, and it stays so.
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).until(delivered::isEmpty);
        assertThat(scheduledDeadlines()).isZero();
    }

    private record Node(Scheduler scheduler, DbSchedulerDeadlineManager manager) {
    }

    /** One application node: a scheduler on the database and the deadline manager on it. */
    private Node node() {
        AtomicReference<DbSchedulerDeadlineManager> manager = new AtomicReference<>();
        Task<?> task = DbSchedulerDeadlineManager.binaryTask(manager::get);
        Scheduler scheduler = DeadlineConfiguration.scheduler(dataSource, List.of(task), Duration.ofMillis(500), 2);
        manager.set(DeadlineConfiguration.deadlineManager(scheduler, this::saga, serializer, transactionManager,
                null));
        return new Node(scheduler, manager.get());
    }

    /** The saga instance the deadlines are for: it records what it receives. */
    private Stream<ScopeAware> saga(ScopeDescriptor scope) {
        return Stream.of(new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor scopeDescription) {
                delivered.add((DeadlineMessage<?>) message);
            }

            @Override
            public boolean canResolve(ScopeDescriptor scopeDescription) {
                return SAGA.equals(scopeDescription);
            }
        });
    }

    private <T> T inUnitOfWork(java.util.function.Supplier<T> work) {
        DefaultUnitOfWork<Message<?>> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactionManager);
        T result = work.get();
        unitOfWork.commit();
        return result;
    }

    private int scheduledDeadlines() {
        Integer count = new JdbcTemplate(dataSource)
                .queryForObject("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'", Integer.class);
        return count == null ? 0 : count;
    }

}
