package com.piquetickets.api.config;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.FeeSchedule;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the platform and the payment processor take from each order ({@code pique.fees.*}), as the Show prices orders.
 * Fixed parts are per paid ticket and one figure in every currency; free tickets carry no fees.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeeConfiguration.FeeProperties.class)
public class FeeConfiguration {

    @Bean
    FeeSchedule feeSchedule(FeeProperties fees) {
        return new FeeSchedule(fees.platformPercent(), new Money(fees.platformFixed(), "USD"),
                fees.processingPercent(), new Money(fees.processingFixed(), "USD"), fees.buyerPays());
    }

    /**
     * @param platformPercent   the platform's share of what the buyer pays for tickets, in percent
     * @param platformFixed     the platform's fixed part per paid ticket
     * @param processingPercent the payment processor's share, in percent
     * @param processingFixed   the payment processor's fixed part per paid ticket
     * @param buyerPays         whether fees are added to the buyer's total (otherwise they come out of the payout)
     */
    @ConfigurationProperties("pique.fees")
    public record FeeProperties(
            @DefaultValue("3.0") BigDecimal platformPercent,
            @DefaultValue("0.00") BigDecimal platformFixed,
            @DefaultValue("2.9") BigDecimal processingPercent,
            @DefaultValue("0.30") BigDecimal processingFixed,
            @DefaultValue("true") boolean buyerPays) {
    }
}
