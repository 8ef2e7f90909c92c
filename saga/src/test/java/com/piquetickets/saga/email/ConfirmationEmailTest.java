package com.piquetickets.saga.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.saga.email.ConfirmationEmail.Details;
import com.piquetickets.saga.email.ConfirmationEmail.Ticket;
import com.piquetickets.saga.email.ConfirmationEmail.Totals;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConfirmationEmailTest {

    private static final UUID FIRST = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID SECOND = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final String FIRST_CODE = "PQ1.first-signed_code";
    private static final String SECOND_CODE = "PQ1.second-signed_code";

    private final ConfirmationEmail email =
            new ConfirmationEmail("tickets@piquetickets.local", "https://tickets.example.com/");

    @Test
    void addressedToTheBuyerFromTheConfiguredSenderWithTheShowInTheSubject() {
        EmailMessage message = email.render(details("Hamlet", "Ada <Lovelace>"));

        assertThat(message.from()).isEqualTo("tickets@piquetickets.local");
        assertThat(message.to()).isEqualTo("ada@example.com");
        assertThat(message.subject()).isEqualTo("Your tickets for Hamlet");
    }

    @Test
    void htmlEscapesWhatUsersTyped() {
        EmailMessage message = email.render(details("<script>alert('x')</script> & Co", "Ada \"<b>\""));

        assertThat(message.htmlBody())
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .contains("Ada &quot;&lt;b&gt;&quot;")
                .contains("Bob &lt;the builder&gt;")
                .contains("Rock &amp; Roll Hall");
        assertThat(message.textBody()).contains("<script>alert('x')</script> & Co");
    }

    @Test
    void oneQrCodeImagePerTicketWithItsUuidInText() {
        EmailMessage message = email.render(details("Hamlet", "Ada"));

        assertThat(Pattern.compile("<img ").matcher(message.htmlBody()).results().count()).isEqualTo(2);
        assertThat(message.htmlBody())
                .contains("<img src=\"https://tickets.example.com/api/attendees/" + FIRST + "/qr.png\"")
                .contains("<img src=\"https://tickets.example.com/api/attendees/" + SECOND + "/qr.png\"")
                .contains(">" + FIRST + "</p>")
                .contains(">" + SECOND + "</p>");
        assertThat(message.textBody())
                .contains("Ticket " + FIRST)
                .contains("Ticket " + SECOND)
                .contains("https://tickets.example.com/api/attendees/" + FIRST + "/qr.png");
    }

    @Test
    void eachTicketCarriesItsSignedCode() {
        EmailMessage message = email.render(details("Hamlet", "Ada"));

        for (String body : List.of(message.textBody(), message.htmlBody())) {
            assertThat(body).contains(FIRST_CODE).contains(SECOND_CODE);
        }
    }

    @Test
    void bothBodiesCarryTheShowTheVenueTheTimeAndTheTotals() {
        EmailMessage message = email.render(details("Hamlet", "Ada"));

        for (String body : List.of(message.textBody(), message.htmlBody())) {
            assertThat(body)
                    .contains("Hamlet")
                    .contains("Saturday, March 14, 2026 at 8:00 PM CDT")
                    .contains("123 Main St, Austin, TX")
                    .contains("order-42")
                    .contains("General admission (VIP)")
                    .contains("$50.00")
                    .contains("-$5.00")
                    .contains("$3.50")
                    .contains("$48.50");
        }
    }

    @Test
    void zeroDiscountAndFeesAreLeftOut() {
        Details free = new Details("Ada", "ada@example.com", "Open mic",
                ZonedDateTime.of(LocalDateTime.of(2026, 3, 14, 20, 0), ZoneId.of("America/Chicago")),
                "The Basement", null, "order-7",
                new Totals(Money.zero("USD"), Money.zero("USD"), Money.zero("USD"), Money.zero("USD")),
                List.of(new Ticket(FIRST, FIRST_CODE, null, "Free", false)));

        EmailMessage message = email.render(free);

        assertThat(message.textBody()).doesNotContain("Discount").doesNotContain("Fees");
        assertThat(message.htmlBody()).doesNotContain("Discount").doesNotContain("Fees");
    }

    private static Details details(String showTitle, String buyerName) {
        return new Details(
                buyerName,
                "ada@example.com",
                showTitle,
                ZonedDateTime.of(LocalDateTime.of(2026, 3, 14, 20, 0), ZoneId.of("America/Chicago")),
                "Rock & Roll Hall",
                "123 Main St, Austin, TX",
                "order-42",
                new Totals(Money.of("50.00", "USD"), Money.of("5.00", "USD"), Money.of("3.50", "USD"),
                        Money.of("48.50", "USD")),
                List.of(new Ticket(FIRST, FIRST_CODE, "Bob <the builder>", "General admission", true),
                        new Ticket(SECOND, SECOND_CODE, "Ada", "General admission", false)));
    }
}
