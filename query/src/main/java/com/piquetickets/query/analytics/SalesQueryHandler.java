package com.piquetickets.query.analytics;

import com.piquetickets.domain.analytics.FindShowAggregatesQuery;
import com.piquetickets.domain.analytics.FindShowSalesQuery;
import com.piquetickets.domain.analytics.FindShowSalesSeriesQuery;
import com.piquetickets.domain.analytics.SalesFigures;
import com.piquetickets.domain.analytics.SalesInterval;
import com.piquetickets.domain.analytics.SalesSeries;
import com.piquetickets.domain.analytics.ShowAggregates;
import com.piquetickets.domain.analytics.ShowSales;
import com.piquetickets.domain.analytics.TicketTypeSales;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers "as of" questions from the sales ledger: sums of the ledger rows up to an instant (an index range scan on
 * {@code (show_id, occurred_at)}), never today's tables.
 */
@Component
class SalesQueryHandler {

    /** The most intervals one series may have (a year of hours, a week of minutes). */
    static final int MAX_INTERVALS = 10_080;

    private final JdbcTemplate jdbc;

    SalesQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<ShowSales> handle(FindShowSalesQuery query) {
        UUID showId = query.showId().value();
        return currency(showId).map(currency -> {
            Map<UUID, String> names = new LinkedHashMap<>();
            jdbc.query("select ticket_type_id, name from sales_ticket_type where show_id = ? and added_at <= ? "
                            + "order by added_at, ticket_type_id",
                    row -> {
                        names.put(row.getObject(1, UUID.class), row.getString(2));
                    }, showId, SalesLedgerRows.utc(query.asOf()));
            Map<UUID, SalesFigures> figures = new LinkedHashMap<>();
            Instant[] last = {null};
            jdbc.query("select ticket_type_id, sum(sold), sum(held), sum(refunded), sum(checked_in), sum(gross), "
                            + "sum(fees), sum(refunds), max(occurred_at) from sales_ledger "
                            + "where show_id = ? and occurred_at <= ? group by ticket_type_id",
                    row -> {
                        figures.put(row.getObject(1, UUID.class), new SalesFigures(row.getInt(2), row.getInt(3),
                                row.getInt(4), row.getInt(5), money(row.getBigDecimal(6), currency),
                                money(row.getBigDecimal(7), currency), money(row.getBigDecimal(8), currency)));
                        Instant at = instant(row, 9);
                        if (last[0] == null || at.isAfter(last[0])) {
                            last[0] = at;
                        }
                    }, showId, SalesLedgerRows.utc(query.asOf()));
            figures.keySet().forEach(ticketTypeId -> names.putIfAbsent(ticketTypeId, null));
            SalesFigures totals = SalesFigures.zero(currency);
            List<TicketTypeSales> ticketTypes = new ArrayList<>();
            for (Map.Entry<UUID, String> type : names.entrySet()) {
                SalesFigures typeFigures = figures.getOrDefault(type.getKey(), SalesFigures.zero(currency));
                totals = totals.plus(typeFigures);
                ticketTypes.add(new TicketTypeSales(type.getKey(), type.getValue(), typeFigures));
            }
            return new ShowSales(showId, query.asOf(), currency, last[0], totals, ticketTypes);
        });
    }

    @QueryHandler
    Optional<SalesSeries> handle(FindShowSalesSeriesQuery query) {
        UUID showId = query.showId().value();
        long step = query.interval().toSeconds();
        if (step < 1) {
            throw new InvalidInputException("interval", "must be at least a second");
        }
        return currency(showId).map(currency -> {
            Instant from = query.from() != null ? query.from() : firstOrLast(showId, "min");
            Instant to = query.to() != null ? query.to() : Optional.ofNullable(firstOrLast(showId, "max"))
                    .map(last -> last.plusMillis(1)).orElse(null);
            if (from == null || to == null || !from.isBefore(to)) {
                return new SalesSeries(showId, currency, query.interval(), from, to, List.of());
            }
            long firstBucket = Math.floorDiv(from.getEpochSecond(), step);
            long lastBucket = Math.floorDiv(to.minusNanos(1).getEpochSecond(), step);
            if (lastBucket - firstBucket + 1 > MAX_INTERVALS) {
                throw new InvalidInputException("interval", "from " + from + " to " + to + " makes "
                        + (lastBucket - firstBucket + 1) + " intervals; at most " + MAX_INTERVALS
                        + " (a longer interval or a shorter range)");
            }
            Instant start = Instant.ofEpochSecond(firstBucket * step);
            Map<Long, Object[]> buckets = new LinkedHashMap<>();
            String bucketOf = "floor(extract(epoch from occurred_at) / " + step + ")"; // a number, never the caller's text
            jdbc.query("select " + bucketOf + ", sum(sold), sum(gross) from sales_ledger "
                            + "where show_id = ? and occurred_at >= ? and occurred_at < ? group by " + bucketOf,
                    row -> {
                        buckets.put(row.getLong(1), new Object[]{row.getInt(2), row.getBigDecimal(3)});
                    }, showId, SalesLedgerRows.utc(start), SalesLedgerRows.utc(to));
            Object[] before = jdbc.queryForObject("select coalesce(sum(sold), 0), coalesce(sum(gross), 0) "
                            + "from sales_ledger where show_id = ? and occurred_at < ?",
                    (row, n) -> new Object[]{row.getInt(1), row.getBigDecimal(2)}, showId, SalesLedgerRows.utc(start));
            int cumulativeSold = (int) before[0];
            BigDecimal cumulativeRevenue = (BigDecimal) before[1];
            List<SalesInterval> intervals = new ArrayList<>();
            for (long bucket = firstBucket; bucket <= lastBucket; bucket++) {
                Object[] sums = buckets.getOrDefault(bucket, new Object[]{0, BigDecimal.ZERO});
                int sold = (int) sums[0];
                BigDecimal revenue = (BigDecimal) sums[1];
                cumulativeSold += sold;
                cumulativeRevenue = cumulativeRevenue.add(revenue);
                intervals.add(new SalesInterval(Instant.ofEpochSecond(bucket * step), sold, money(revenue, currency),
                        cumulativeSold, money(cumulativeRevenue, currency)));
            }
            return new SalesSeries(showId, currency, query.interval(), start, Instant.ofEpochSecond((lastBucket + 1) * step),
                    intervals);
        });
    }

    @QueryHandler
    Optional<ShowAggregates> handle(FindShowAggregatesQuery query) {
        UUID showId = query.showId().value();
        return currency(showId).map(currency -> {
            List<String> ids = new ArrayList<>();
            ids.add(showId.toString());
            jdbc.query("select order_id from sales_order where show_id = ?",
                    row -> {
                        ids.add(row.getObject(1, UUID.class).toString());
                    }, showId);
            jdbc.query("select attendee_id from sales_attendee where show_id = ?",
                    row -> {
                        ids.add(row.getObject(1, UUID.class).toString());
                    }, showId);
            return new ShowAggregates(ids);
        });
    }

    private Optional<String> currency(UUID showId) {
        return jdbc.queryForList("select currency from sales_show where show_id = ?", String.class, showId).stream()
                .findFirst();
    }

    private Instant firstOrLast(UUID showId, String aggregate) {
        return jdbc.query("select " + aggregate + "(occurred_at) from sales_ledger where show_id = ?",
                (row, n) -> instant(row, 1), showId).stream().findFirst().orElse(null);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }
}
