package com.piquetickets.api.history;

import java.io.IOException;

/** Writes exported events to a stream in one format, as they come. */
interface EventWriter extends AutoCloseable {

    void write(ExportedEvent event) throws IOException;

    /** Ends the document (what a format needs after its last event) and flushes; the stream stays open. */
    @Override
    void close() throws IOException;
}
