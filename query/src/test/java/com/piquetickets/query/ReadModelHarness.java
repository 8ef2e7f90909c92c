package com.piquetickets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.PageResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The query module driven the way the application drives it, for the scenario tests: every projection of the Spring
 * context through Axon's annotation adapter (as an event processor would), every query handler subscribed to a query
 * bus (as the api's query gateway would), on the context's database.
 */
final class ReadModelHarness {

    private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
    private final Map<AnnotationEventHandlerAdapter, String> groups = new java.util.IdentityHashMap<>();
    private final QueryBus queryBus = SimpleQueryBus.builder().build();
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ObjIntConsumer<EventMessage<?>> handledCheck;

    /**
     * @param handledCheck told, for every event delivered, how many projections handled it (a scenario asserts its
     *                     rule there, for instance "exactly one")
     */
    ReadModelHarness(ApplicationContext context, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
                     ObjIntConsumer<EventMessage<?>> handledCheck) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.handledCheck = handledCheck;
        context.getBeansWithAnnotation(ProcessingGroup.class).forEach((name, bean) -> {
            AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(bean);
            projections.add(projection);
            groups.put(projection, context.findAnnotationOnBean(name, ProcessingGroup.class).value());
        });
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            if (bean.getClass().getPackageName().startsWith("com.piquetickets.query")) {
                new AnnotationQueryHandlerAdapter<>(bean).subscribe(queryBus);
            }
        }
    }

    int projectionCount() {
        return projections.size();
    }

    /** Every projection's reset handler, as a replay from the start would run them. */
    void resetAll() {
        transaction.executeWithoutResult(status -> projections.forEach(AnnotationEventHandlerAdapter::prepareReset));
    }

    /** One transaction per event, as an event processor with a batch size of one would. */
    void replay(List<? extends EventMessage<?>> messages) {
        messages.forEach(message -> transaction.executeWithoutResult(status -> deliver(message)));
    }

    /** Each event twice in a row, in one transaction per event: a redelivery right after the first delivery. */
    void deliverEachTwice(List<? extends EventMessage<?>> messages) {
        messages.forEach(message -> transaction.executeWithoutResult(status -> {
            deliver(message);
            deliver(message);
        }));
    }

    /** All these events in one transaction, as one batch of an event processor. */
    void replayInOneTransaction(List<? extends EventMessage<?>> messages) {
        transaction.executeWithoutResult(status -> messages.forEach(this::deliver));
    }

    /**
     * Redelivery changes nothing: with {@code history} delivered once, resetting and then delivering each event twice in
     * a row, and then the whole history again in one batch, leaves {@code tables} as they were.
     */
    void assertRedeliveryChangesNothing(Map<String, String> tables, List<? extends EventMessage<?>> history) {
        Map<String, List<Map<String, Object>>> once = snapshot(tables);

        resetAll();
        deliverEachTwice(history);
        assertThat(snapshot(tables)).as("each event delivered twice in a row").isEqualTo(once);

        replayInOneTransaction(history);
        assertThat(snapshot(tables)).as("the whole history again, in one batch").isEqualTo(once);
    }

    /** To every projection that handles it, in the caller's transaction. */
    void deliver(EventMessage<?> message) {
        int handled = 0;
        for (AnnotationEventHandlerAdapter projection : projections) {
            if (projection.canHandle(message)) {
                try {
                    projection.handle(message);
                } catch (Exception e) {
                    throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName(), e);
                }
                // The sales ledger reads every event (the door's too, by name) beside the view that owns it.
                if (!ProcessingGroups.SALES_LEDGER.equals(processingGroup(projection))) {
                    handled++;
                }
            }
        }
        handledCheck.accept(message, handled);
    }

    private String processingGroup(AnnotationEventHandlerAdapter projection) {
        return groups.get(projection);
    }

    /** The rows of these tables, each ordered by its column list. */
    Map<String, List<Map<String, Object>>> snapshot(Map<String, String> orderByPerTable) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        orderByPerTable.forEach((table, orderBy) ->
                tables.put(table, jdbc.queryForList("select * from " + table + " order by " + orderBy)));
        return tables;
    }

    <R> R ask(Object query, ResponseType<R> responseType) {
        return queryBus.query(new GenericQueryMessage<>(query, responseType)).join().getPayload();
    }

    /** How the api asks for a page: the raw {@link PageResult} type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> ResponseType<PageResult<T>> pageOf(Class<T> itemType) {
        return (ResponseType) ResponseTypes.instanceOf(PageResult.class);
    }
}
