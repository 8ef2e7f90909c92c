package com.piquetickets.api.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.piquetickets.api.config.AxonConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The event history as a product: streamed exports in three formats, and the catalogue of event types. */
@Component
@EnableConfigurationProperties(HistoryProperties.class)
class EventHistory {

    /** The export formats, with their media types and file extensions. */
    enum Format {
        NDJSON("application/x-ndjson", "ndjson"),
        CSV("text/csv", "csv"),
        PARQUET("application/vnd.apache.parquet", "parquet");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Format named(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private final HistoryReader reader;
    private final EventCatalogue catalogue;
    private final ParquetExport parquet;
    private final ObjectMapper mapper;

    EventHistory(DataSource dataSource, @Qualifier("eventSerializer") Serializer eventSerializer,
                 org.axonframework.config.Configuration axon,
                 @Qualifier(AxonConfiguration.AXON_OBJECT_MAPPER) ObjectMapper mapper, HistoryProperties settings,
                 Clock clock) {
        PersonalFields personal = new PersonalFields();
        this.mapper = mapper;
        this.reader = new HistoryReader(dataSource, eventSerializer, axon.upcasterChain(), mapper, personal, settings, clock);
        this.catalogue = new EventCatalogue(dataSource, reader, personal, mapper);
        this.parquet = new ParquetExport(mapper, settings);
    }

    /** The position an export with this filter reads up to, and the next one resumes after. */
    long until(ExportFilter filter) throws SQLException {
        return reader.until(filter);
    }

    /** Streams the filter's events up to {@code until} to {@code out} in {@code format}; answers how many. */
    long export(ExportFilter filter, long until, Format format, OutputStream out) throws IOException, SQLException {
        if (format == Format.PARQUET) {
            long[] count = {0};
            parquet.write(writer -> count[0] = read(filter, until, writer), out);
            return count[0];
        }
        try (EventWriter writer = format == Format.CSV ? new CsvWriter(out) : new NdjsonWriter(mapper, out)) {
            return read(filter, until, writer);
        }
    }

    List<EventTypeSummary> catalogue() throws SQLException {
        return catalogue.types();
    }

    private long read(ExportFilter filter, long until, EventWriter writer) throws SQLException {
        return reader.read(filter, until, event -> {
            try {
                writer.write(event);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
