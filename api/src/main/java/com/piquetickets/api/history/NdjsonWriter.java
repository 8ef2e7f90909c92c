package com.piquetickets.api.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** One JSON object per line (NDJSON): what pandas ({@code read_json(lines=True)}), DuckDB and jq read as a stream. */
final class NdjsonWriter implements EventWriter {

    private final JsonGenerator json;

    NdjsonWriter(ObjectMapper mapper, OutputStream out) throws IOException {
        this.json = mapper.getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void write(ExportedEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("globalIndex", event.globalIndex());
        json.writeStringField("eventId", event.eventId());
        json.writeStringField("type", event.type());
        json.writeStringField("revision", event.revision());
        json.writeStringField("aggregateType", event.aggregateType());
        json.writeStringField("aggregateId", event.aggregateId());
        if (event.sequenceNumber() == null) {
            json.writeNullField("sequenceNumber");
        } else {
            json.writeNumberField("sequenceNumber", event.sequenceNumber());
        }
        json.writeStringField("timestamp", event.timestamp().toString());
        json.writeFieldName("payload");
        json.writeRawValue(event.payload());
        json.writeFieldName("metaData");
        json.writeRawValue(event.metaData());
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.flush();
    }
}
