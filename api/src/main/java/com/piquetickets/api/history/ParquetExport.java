package com.piquetickets.api.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;

/**
 * Parquet through DuckDB's JDBC driver (one jar with its native library; the Apache parquet-java writer needs Hadoop).
 * A Parquet file ends with its footer, so it cannot be sent before it is complete: the events are streamed to an NDJSON
 * file on disk first (flat memory, as for NDJSON), DuckDB converts that file to Parquet within
 * {@link HistoryProperties#parquetMemoryLimit()} (outside the Java heap; it spills to the same temporary directory),
 * and the Parquet file is then streamed to the caller. Both files are deleted afterwards.
 */
final class ParquetExport {

    /** The Parquet schema: the envelope's fields, with the payload and metadata as JSON (a string column). */
    private static final String COLUMNS = "{globalIndex: 'BIGINT', eventId: 'VARCHAR', type: 'VARCHAR', "
            + "revision: 'VARCHAR', aggregateType: 'VARCHAR', aggregateId: 'VARCHAR', sequenceNumber: 'BIGINT', "
            + "timestamp: 'TIMESTAMPTZ', payload: 'JSON', metaData: 'JSON'}";
    private static final String EMPTY = "select null::bigint as globalIndex, null::varchar as eventId, "
            + "null::varchar as type, null::varchar as revision, null::varchar as aggregateType, "
            + "null::varchar as aggregateId, null::bigint as sequenceNumber, null::timestamptz as timestamp, "
            + "null::json as payload, null::json as metaData where false";

    /** Writes the events that {@code export} produces to {@code out} as one Parquet file. */
    interface Export {
        long run(EventWriter writer) throws IOException, SQLException;
    }

    private final ObjectMapper mapper;
    private final HistoryProperties settings;

    ParquetExport(ObjectMapper mapper, HistoryProperties settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    void write(Export export, OutputStream out) throws IOException, SQLException {
        Path directory = Files.createTempDirectory("pique-export-");
        try {
            Path ndjson = directory.resolve("events.ndjson");
            Path parquet = directory.resolve("events.parquet");
            long events;
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(ndjson), 1 << 16);
                 NdjsonWriter writer = new NdjsonWriter(mapper, file)) {
                events = export.run(writer);
            }
            convert(events == 0 ? EMPTY : "select * from read_json(" + literal(ndjson) + ", format = 'newline_delimited', "
                    + "columns = " + COLUMNS + ")", parquet, directory.resolve("spill"));
            Files.copy(parquet, out);
            out.flush();
        } finally {
            delete(directory);
        }
    }

    private void convert(String query, Path parquet, Path spill) throws SQLException {
        try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
             Statement statement = duckdb.createStatement()) {
            statement.execute("set memory_limit = " + literal(settings.parquetMemoryLimit()));
            statement.execute("set threads = " + settings.parquetThreads());
            statement.execute("set temp_directory = " + literal(spill));
            statement.execute("set preserve_insertion_order = true");
            statement.execute("copy (" + query + ") to " + literal(parquet) + " (format parquet, compression zstd)");
        }
    }

    private static String literal(Object value) {
        return "'" + value.toString().replace("'", "''") + "'";
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
