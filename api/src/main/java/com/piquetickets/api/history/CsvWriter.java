package com.piquetickets.api.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV: a header row, then one row per event, a column per envelope field; the payload and the metadata are
 * JSON text in their columns. Fields are quoted when they hold a comma, a quote or a line break.
 */
final class CsvWriter implements EventWriter {

    private final Writer out;

    CsvWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.out.write(String.join(",", ExportedEvent.FIELDS));
        this.out.write("\r\n");
    }

    @Override
    public void write(ExportedEvent event) throws IOException {
        field(Long.toString(event.globalIndex()));
        field(event.eventId());
        field(event.type());
        field(event.revision());
        field(event.aggregateType());
        field(event.aggregateId());
        field(event.sequenceNumber() == null ? null : event.sequenceNumber().toString());
        field(event.timestamp().toString());
        field(event.payload());
        quoted(event.metaData());
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        quoted(value);
        out.write(',');
    }

    private void quoted(String value) throws IOException {
        if (value == null) {
            return;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
