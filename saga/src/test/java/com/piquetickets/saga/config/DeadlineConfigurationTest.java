package com.piquetickets.saga.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The Spring wiring: the DeadlineManager bean is Axon's db-scheduler one, its scheduler runs with the context. */
class DeadlineConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DeadlineConfiguration.class)
            .withBean(DataSource.class, DeadlineConfigurationTest::database)
            .withBean(org.axonframework.config.Configuration.class,
                    () -> DefaultConfigurer.defaultConfiguration().buildConfiguration())
            .withBean("eventSerializer", Serializer.class, JacksonSerializer::defaultSerializer)
            .withBean(TransactionManager.class, () -> NoTransactionManager.INSTANCE);

    @Test
    void deadlineManagerIsAxonsDbSchedulerManagerAndItsSchedulerRunsWithTheContext() {
        Scheduler[] scheduler = new Scheduler[1];
        context.run(c -> {
            assertThat(c.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
            scheduler[0] = c.getBean(Scheduler.class);
            assertThat(scheduler[0].getSchedulerState().isStarted()).isTrue();
        });
        assertThat(scheduler[0].getSchedulerState().isShuttingDown()).isTrue();
    }

    private static DataSource database() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:deadline-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        new JdbcTemplate(dataSource).execute("create table if not exists scheduled_tasks (task_name varchar(255) "
                + "not null, task_instance varchar(255) not null, task_data bytea, execution_time timestamp with "
                + "time zone not null, picked boolean not null, picked_by varchar(255), last_success timestamp with "
                + "time zone, last_failure timestamp with time zone, consecutive_failures integer, last_heartbeat "
                + "timestamp with time zone, version bigint not null, priority smallint, primary key (task_name, "
                + "task_instance))");
        return dataSource;
    }
}
