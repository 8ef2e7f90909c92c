package com.piquetickets.saga.email;

import com.piquetickets.domain.email.EmailMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/**
 * {@link EmailGateway} on Amazon SES (API v2, {@code SendEmail} with simple content: subject, HTML and text body).
 *
 * <p>What a failure means for the caller: throttling, sending quotas, 5xx answers and network trouble are retryable;
 * so are account-level refusals (sending paused, account suspended, MAIL FROM domain not verified), which are not this
 * message's fault and clear once an operator acts. Any other 4xx (message rejected, a malformed address) is permanent:
 * sending the same message again cannot succeed.
 */
public class SesEmailGateway implements EmailGateway, AutoCloseable {

    private static final String CHARSET = "UTF-8";

    private final SesV2Client ses;

    public SesEmailGateway(SesV2Client ses) {
        this.ses = Objects.requireNonNull(ses, "ses");
    }

    /**
     * A client for {@code region}, talking to {@code endpoint} when one is given (a local fake or SES-compatible
     * service) and to SES itself otherwise. Credentials come from the SDK's default chain; against an endpoint
     * override, from system properties or the environment when set and otherwise fixed dummy ones (a fake does not
     * check signatures, and the full default chain would first probe the EC2 metadata service). The SDK retries
     * throttling and 5xx answers itself, up to {@code maxAttempts} attempts in all.
     */
    public static SesV2Client client(URI endpoint, String region, int maxAttempts) {
        SesV2ClientBuilder builder = SesV2Client.builder()
                .region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20))
                        .build())
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(maxAttempts)));
        if (endpoint != null) {
            builder.endpointOverride(endpoint).credentialsProvider(localCredentials());
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider localCredentials() {
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(
                        SystemPropertyCredentialsProvider.create(),
                        EnvironmentVariableCredentialsProvider.create(),
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @Override
    public String send(EmailMessage message) {
        SendEmailRequest request = SendEmailRequest.builder()
                .fromEmailAddress(message.from())
                .destination(d -> d.toAddresses(message.to()))
                .content(c -> c.simple(Message.builder()
                        .subject(text(message.subject()))
                        .body(Body.builder()
                                .text(text(message.textBody()))
                                .html(text(message.htmlBody()))
                                .build())
                        .build()))
                .build();
        try {
            return ses.sendEmail(request).messageId();
        } catch (SdkException e) {
            boolean permanent = !retryable(e);
            throw new EmailDeliveryException("SES did not accept the email to " + message.to() + ": "
                    + e.getMessage(), permanent, e);
        }
    }

    static boolean retryable(SdkException e) {
        if (e instanceof SdkClientException) {
            return true;
        }
        if (e instanceof AwsServiceException service) {
            return service.isThrottlingException()
                    || service.statusCode() >= 500
                    || e instanceof TooManyRequestsException
                    || e instanceof LimitExceededException
                    || e instanceof SendingPausedException
                    || e instanceof AccountSuspendedException
                    || e instanceof MailFromDomainNotVerifiedException;
        }
        return e.retryable();
    }

    private static Content text(String data) {
        return Content.builder().data(data).charset(CHARSET).build();
    }

    @Override
    public void close() {
        ses.close();
    }
}
