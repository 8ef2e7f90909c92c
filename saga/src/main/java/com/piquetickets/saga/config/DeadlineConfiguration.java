package com.piquetickets.saga.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Durable deadlines: Axon's {@link DbSchedulerDeadlineManager} is the application's {@code DeadlineManager} (sagas get
 * it injected), on a db-scheduler {@link Scheduler} over the application's DataSource and its
 * {@code scheduled_tasks} table (Flyway {@code V4__deadlines.sql}). A deadline is a row: it survives a restart, and with
 * several nodes exactly one of them runs it.
 *
 * <p>The core db-scheduler library is wired directly (its Spring Boot starter is not used). The scheduler sees the
 * DataSource through a {@link TransactionAwareDataSourceProxy}, so a deadline scheduled while a saga handles an event
 * is written in that event's transaction: it exists if and only if the saga's step committed. It starts after Axon's
 * configuration has started and stops before it (see {@link DeadlineSchedulerLifecycle}).
 *
 * <p>Axon's own {@code AxonDbSchedulerAutoConfiguration} switches on once a {@link Scheduler} bean exists; the beans
 * here take the place of its deadline task and deadline manager, and its event-scheduler task (if any) joins the
 * scheduler through the task list.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

    /** The task that runs Axon's deadlines (named {@code AxonDeadline} in {@code scheduled_tasks.task_name}). */
    @Bean
    @Qualifier("deadlineDetailsTask")
    public Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(
            ObjectProvider<DbSchedulerDeadlineManager> deadlineManager) {
        return DbSchedulerDeadlineManager.binaryTask(deadlineManager::getObject);
    }

    /** Started and stopped by {@link DeadlineSchedulerLifecycle}, not by the container's destroy callback. */
    @Bean(destroyMethod = "")
    public Scheduler deadlineScheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            DeadlineProperties properties) {
        return scheduler(dataSource, tasks, properties.pollingInterval(), properties.threads());
    }

    @Bean
    public DbSchedulerDeadlineManager deadlineManager(
            Scheduler deadlineScheduler,
            org.axonframework.config.Configuration axonConfiguration,
            @Qualifier("eventSerializer") Serializer serializer,
            TransactionManager transactionManager,
            ObjectProvider<DeadlineManagerSpanFactory> spanFactory) {
        return deadlineManager(deadlineScheduler, new ConfigurationScopeAwareProvider(axonConfiguration), serializer,
                transactionManager, spanFactory.getIfAvailable());
    }

    @Bean
    public DeadlineSchedulerLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new DeadlineSchedulerLifecycle(deadlineScheduler);
    }

    /**
     * The scheduler as the application runs it: transaction-aware on {@code dataSource}, polling every
     * {@code pollingInterval} (a deadline fires at most that late; one scheduled for now on this node runs at once),
     * running due deadlines on {@code threads} threads. Recurring tasks among {@code tasks} are scheduled when it starts
 * (once across nodes: the task's row is shared).
     */
    public static Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, Duration pollingInterval,
                                      int threads) {
        List<Task<?>> onDemand = tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .enableImmediateExecution()
                // The columns are timestamp with time zone; writing UTC keeps nodes in different zones (and H2, which
                // gets db-scheduler's generic JDBC handling) agreeing on every instant.
                .alwaysPersistTimestampInUTC()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Axon's deadline manager on {@code scheduler}. Deadline payloads and scopes are written with {@code serializer}
     * (Axon's event serializer: Jackson); the scheduler is started and stopped by its lifecycle, not by the manager.
     */
    public static DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, ScopeAwareProvider scopes,
                                                             Serializer serializer,
                                                             TransactionManager transactionManager,
                                                             DeadlineManagerSpanFactory spanFactory) {
        DbSchedulerDeadlineManager.Builder builder = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(scopes)
                .serializer(serializer)
                .transactionManager(transactionManager)
                .startScheduler(false)
                .stopScheduler(false);
        if (spanFactory != null) {
            builder.spanFactory(spanFactory);
        }
        return builder.build();
    }

    /**
     * Starts the deadline scheduler once Axon runs (sagas can then receive deadlines) and stops it before Axon shuts
     * down, waiting briefly for deadlines in progress.
     */
    public static class DeadlineSchedulerLifecycle implements SmartLifecycle {

        private final Scheduler scheduler;
        private volatile boolean running;

        public DeadlineSchedulerLifecycle(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void start() {
            scheduler.start();
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            scheduler.stop();
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
        }
    }
}
