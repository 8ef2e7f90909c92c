package com.piquetickets.saga.email;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.email.EmailMessage;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The order confirmation: the show, where and when, what was paid, and one QR code per ticket. The QR images (of the
 * ticket's signed code) are served by the api at {@code {publicBaseUrl}/api/attendees/{uuid}/qr.png}; the signed code
 * is printed too (a wallet app or the door can take it as text), and the UUID, for the door staff to type in when a
 * phone screen will not scan. Everything a user typed is HTML-escaped.
 */
public final class ConfirmationEmail {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a zzz", Locale.US);

    private final String from;
    private final String publicBaseUrl;

    /**
     * @param from          the sender ({@code pique.email.from})
     * @param publicBaseUrl where the api is reachable from a mail client ({@code pique.public-base-url})
     */
    public ConfirmationEmail(String from, String publicBaseUrl) {
        this.from = Objects.requireNonNull(from, "from");
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").replaceAll("/+$", "");
    }

    /** What the confirmation says. {@code venueAddress} may be null. */
    public record Details(
            String buyerName,
            String buyerEmail,
            String showTitle,
            ZonedDateTime startsAt,
            String venueName,
            String venueAddress,
            String orderId,
            Totals totals,
            List<Ticket> tickets) {

        public Details {
            Objects.requireNonNull(buyerEmail, "buyerEmail");
            Objects.requireNonNull(showTitle, "showTitle");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(totals, "totals");
            tickets = List.copyOf(tickets);
        }
    }

    /** What was paid. {@code discount} and {@code fees} are shown only when not zero. */
    public record Totals(Money subtotal, Money discount, Money fees, Money total) {
    }

    /** One ticket: {@code code} is its signed ticket code, what the QR code encodes. */
    public record Ticket(UUID attendeeId, String code, String attendeeName, String ticketTypeName, boolean vip) {
    }

    public EmailMessage render(Details details) {
        String subject = "Your tickets for " + oneLine(details.showTitle());
        return new EmailMessage(from, details.buyerEmail(), subject, text(details), html(details));
    }

    /** Where the QR code of a ticket is served. */
    public String qrCodeUrl(UUID attendeeId) {
        return publicBaseUrl + "/api/attendees/" + attendeeId + "/qr.png";
    }

    private String text(Details d) {
        StringBuilder text = new StringBuilder();
        text.append("Hi ").append(orEmpty(d.buyerName()).isBlank() ? "there" : d.buyerName()).append(",\n\n");
        text.append("Your order ").append(d.orderId()).append(" is confirmed. See you at ").append(d.showTitle())
                .append("!\n\n");
        text.append("When:  ").append(WHEN.format(d.startsAt())).append('\n');
        text.append("Where: ").append(orEmpty(d.venueName()));
        if (d.venueAddress() != null && !d.venueAddress().isBlank()) {
            text.append(", ").append(d.venueAddress());
        }
        text.append("\n\n");
        text.append("Tickets (show the QR code at the door):\n");
        for (Ticket ticket : d.tickets()) {
            text.append("- ").append(ticketLine(ticket)).append('\n');
            text.append("  Ticket ").append(ticket.attendeeId()).append('\n');
            text.append("  QR code: ").append(qrCodeUrl(ticket.attendeeId())).append('\n');
            text.append("  Ticket code: ").append(ticket.code()).append('\n');
        }
        text.append('\n');
        Totals t = d.totals();
        text.append("Subtotal: ").append(format(t.subtotal())).append('\n');
        if (nonZero(t.discount())) {
            text.append("Discount: -").append(format(t.discount())).append('\n');
        }
        if (nonZero(t.fees())) {
            text.append("Fees:     ").append(format(t.fees())).append('\n');
        }
        text.append("Total:    ").append(format(t.total())).append('\n');
        return text.toString();
    }

    private String html(Details d) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>")
                .append(escape("Your tickets for " + d.showTitle()))
                .append("</title></head>\n<body style=\"font-family: sans-serif; color: #222;\">\n");
        html.append("<p>Hi ").append(escape(orEmpty(d.buyerName()).isBlank() ? "there" : d.buyerName()))
                .append(",</p>\n");
        html.append("<p>Your order <strong>").append(escape(d.orderId())).append("</strong> is confirmed.</p>\n");
        html.append("<h1 style=\"font-size: 1.4em;\">").append(escape(d.showTitle())).append("</h1>\n");
        html.append("<p>").append(escape(WHEN.format(d.startsAt()))).append("<br>\n")
                .append(escape(orEmpty(d.venueName())));
        if (d.venueAddress() != null && !d.venueAddress().isBlank()) {
            html.append("<br>\n").append(escape(d.venueAddress()));
        }
        html.append("</p>\n");
        html.append("<h2 style=\"font-size: 1.1em;\">Your tickets</h2>\n");
        for (Ticket ticket : d.tickets()) {
            html.append("<div style=\"border: 1px solid #ddd; padding: 12px; margin-bottom: 12px;\">\n")
                    .append("<p style=\"margin: 0 0 8px 0;\"><strong>").append(escape(ticketLine(ticket)))
                    .append("</strong></p>\n")
                    .append("<img src=\"").append(escape(qrCodeUrl(ticket.attendeeId())))
                    .append("\" width=\"200\" height=\"200\" alt=\"QR code for ticket ")
                    .append(ticket.attendeeId()).append("\">\n")
                    .append("<p style=\"margin: 8px 0 0 0; font-family: monospace;\">").append(ticket.attendeeId())
                    .append("</p>\n")
                    .append("<p style=\"margin: 4px 0 0 0; font-family: monospace; font-size: 0.7em; color: #666;"
                            + " word-break: break-all;\">").append(escape(ticket.code())).append("</p>\n</div>\n");
        }
        Totals t = d.totals();
        html.append("<table style=\"border-collapse: collapse;\">\n");
        row(html, "Subtotal", escape(format(t.subtotal())));
        if (nonZero(t.discount())) {
            row(html, "Discount", escape("-" + format(t.discount())));
        }
        if (nonZero(t.fees())) {
            row(html, "Fees", escape(format(t.fees())));
        }
        row(html, "<strong>Total</strong>", "<strong>" + escape(format(t.total())) + "</strong>");
        html.append("</table>\n</body></html>\n");
        return html.toString();
    }

    /** A totals row; both arguments are HTML already (labels are ours, values escaped by the caller). */
    private static void row(StringBuilder html, String labelHtml, String valueHtml) {
        html.append("<tr><td style=\"padding: 2px 16px 2px 0;\">").append(labelHtml)
                .append("</td><td style=\"text-align: right;\">").append(valueHtml).append("</td></tr>\n");
    }

    private static String ticketLine(Ticket ticket) {
        String line = orEmpty(ticket.ticketTypeName()) + (ticket.vip() ? " (VIP)" : "");
        return ticket.attendeeName() == null || ticket.attendeeName().isBlank()
                ? line
                : line + " for " + ticket.attendeeName();
    }

    private static String format(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }

    private static boolean nonZero(Money money) {
        return money != null && money.signum() != 0;
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
