package com.piquetickets.api.analytics;

import com.piquetickets.domain.analytics.SalesInterval;
import com.piquetickets.domain.analytics.SalesSeries;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws an on-sale curve as a self-contained SVG (no scripts, fonts or anything fetched): bars for the tickets sold in
 * each interval, a line for the running total, time along the bottom in UTC.
 */
final class SalesChart {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 400;
    private static final int LEFT = 60;
    private static final int RIGHT = 60;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SalesChart() {
    }

    static String svg(SalesSeries series, String interval) {
        List<SalesInterval> points = series.intervals();
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int maxBar = Math.max(1, points.stream().mapToInt(p -> Math.abs(p.sold())).max().orElse(1));
        int maxTotal = Math.max(1, points.stream().mapToInt(p -> Math.abs(p.cumulativeSold())).max().orElse(1));
        double slot = points.isEmpty() ? plotWidth : (double) plotWidth / points.size();
        StringBuilder svg = new StringBuilder(4096 + points.size() * 160);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(text(LEFT, 22, "Tickets sold per " + interval + " (bars) and in total (line), UTC; revenue "
                + (points.isEmpty() ? "0" : points.getLast().cumulativeRevenue().toString()), "start", "#222222", 14));
        int baseline = TOP + plotHeight;
        svg.append(line(LEFT, baseline, LEFT + plotWidth, baseline, "#888888"));
        svg.append(line(LEFT, TOP, LEFT, baseline, "#888888"));
        svg.append(line(LEFT + plotWidth, TOP, LEFT + plotWidth, baseline, "#888888"));
        svg.append(text(LEFT - 6, TOP + 4, Integer.toString(maxBar), "end", "#3366cc", 12));
        svg.append(text(LEFT - 6, baseline, "0", "end", "#3366cc", 12));
        svg.append(text(LEFT + plotWidth + 6, TOP + 4, Integer.toString(maxTotal), "start", "#cc6600", 12));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            SalesInterval point = points.get(i);
            double x = LEFT + i * slot;
            double barHeight = (double) Math.abs(point.sold()) / maxBar * plotHeight;
            if (point.sold() != 0) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                + "fill=\"%s\"><title>%s: %d sold, %s</title></rect>%n", x + slot * 0.1,
                        baseline - barHeight, Math.max(0.5, slot * 0.8), barHeight,
                        point.sold() > 0 ? "#3366cc" : "#cc3333", LABEL.format(point.start()), point.sold(),
                        escape(point.revenue().toString())));
            }
            double y = baseline - (double) point.cumulativeSold() / maxTotal * plotHeight;
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x + slot / 2, y));
        }
        if (!points.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#cc6600\" stroke-width=\"2\"/>\n");
            int ticks = Math.min(6, points.size());
            for (int t = 0; t < ticks; t++) {
                int index = ticks == 1 ? 0 : t * (points.size() - 1) / (ticks - 1);
                double x = LEFT + index * slot + slot / 2;
                svg.append(line(x, baseline, x, baseline + 5, "#888888"));
                svg.append(text(x, baseline + 20, LABEL.format(points.get(index).start()), "middle", "#444444", 11));
            }
        } else {
            svg.append(text(LEFT + plotWidth / 2.0, TOP + plotHeight / 2.0, "no sales in this range", "middle",
                    "#888888", 14));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String content, String anchor, String colour, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\" font-size=\"%d\">%s"
                + "</text>%n", x, y, anchor, colour, size, escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
