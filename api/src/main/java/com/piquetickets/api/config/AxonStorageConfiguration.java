package com.piquetickets.api.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's stores on plain JDBC instead of JPA, on the tables the V1 migration creates (snake_case columns).
 *
 * <p>Why: during an on-sale every processor batch stores its token and every command appends events, and through JPA
 * each of those was a Hibernate session flush plus a freshly interpreted JPQL statement: together the largest item of
 * the application's CPU per order (docs/benchmarks.md). The JDBC stores take their connection from Spring
 * ({@link SpringDataSourceConnectionProvider}), so they write in the same transaction as the command, projection or
 * saga step they belong to. Axon's JPA entities stay mapped (Hibernate validates them against the same tables).
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    /**
     * The event store's tables as JPA created them. The global index comes from {@code domain_event_entry_seq}, the
     * column's default since V10.
     */
    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider axonConnectionProvider, TransactionManager transactionManager,
                                          Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axon) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(axonConnectionProvider)
                .transactionManager(transactionManager)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .dataType(byte[].class)
                .schema(EventSchema.builder()
                        .eventTable("domain_event_entry")
                        .snapshotTable("snapshot_event_entry")
                        .globalIndexColumn("global_index")
                        .timestampColumn("time_stamp")
                        .eventIdentifierColumn("event_identifier")
                        .aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number")
                        .typeColumn("type")
                        .payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision")
                        .payloadColumn("payload")
                        .metaDataColumn("meta_data")
                        .build())
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider axonConnectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(axonConnectionProvider)
                .serializer(serializer)
                .contentType(byte[].class)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    /** Association ids come from {@code association_value_entry_seq}, the column's default since V10. */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider axonConnectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(axonConnectionProvider)
                .serializer(serializer)
                .sqlSchema(new GenericSagaSqlSchema(new SagaSchema.Builder()
                        .sagaEntryTable("saga_entry")
                        .associationValueEntryTable("association_value_entry")
                        .sagaIdColumn("saga_id")
                        .sagaTypeColumn("saga_type")
                        .revisionColumn("revision")
                        .serializedSagaColumn("serialized_saga")
                        .associationKeyColumn("association_key")
                        .associationValueColumn("association_value")
                        .build()))
                .build();
    }
}
