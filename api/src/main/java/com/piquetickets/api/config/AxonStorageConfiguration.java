package com.piquetickets.api.config;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's stores on plain JDBC instead of JPA, on the tables the V1 migration creates (snake_case columns).
 *
 * <p>Why: during an on-sale every processor batch stores its token, and through JPA each store was a Hibernate session
 * flush plus a freshly interpreted JPQL update; that was the largest single item of the processors' CPU
 * (docs/benchmarks.md). The JDBC stores take their connection from Spring ({@link SpringDataSourceConnectionProvider}),
 * so they write in the same transaction as the projection or saga step they belong to.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
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
}
