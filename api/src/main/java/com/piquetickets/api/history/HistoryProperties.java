package com.piquetickets.api.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the event history is exported ({@code pique.history.*}).
 *
 * @param fetchSize           rows the database sends per round trip while an export streams (memory stays at about
 *                            this many events, whatever the export's size)
 * @param settleWindow        an export stops below a gap in the global index younger than this: a transaction that
 *                            has its index but has not committed yet may still fill it, and the next export, resumed
 *                            from the position this one names, must not skip it
 * @param parquetMemoryLimit  the most memory the Parquet conversion (DuckDB, outside the Java heap) may take
 * @param parquetThreads      threads of the Parquet conversion
 */
@ConfigurationProperties("pique.history")
public record HistoryProperties(int fetchSize, Duration settleWindow, String parquetMemoryLimit, int parquetThreads) {

    public HistoryProperties {
        fetchSize = fetchSize <= 0 ? 1000 : fetchSize;
        settleWindow = settleWindow == null ? Duration.ofSeconds(10) : settleWindow;
        parquetMemoryLimit = parquetMemoryLimit == null || parquetMemoryLimit.isBlank() ? "256MB" : parquetMemoryLimit;
        parquetThreads = parquetThreads <= 0 ? 2 : parquetThreads;
    }
}
