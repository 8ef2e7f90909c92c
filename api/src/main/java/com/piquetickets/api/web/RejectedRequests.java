package com.piquetickets.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any controller runs still get a problem document: those Spring Security's firewall refuses
 * (control or non-ASCII bytes in a header, a dot segment or NUL in the path) and those Tomcat refuses itself.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> write(response, rejected);
    }

    /** Replaces Tomcat's HTML error report (and Boot's copy of it) once every customizer has run. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            // The host adds a valve of this class when it starts; Boot's plain one goes first, or it would answer first.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    Pipeline pipeline = host.getPipeline();
                    for (Valve valve : pipeline.getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            pipeline.removeValve(valve);
                        }
                    }
                }
            });
        });
    }

    static void write(HttpServletResponse response, RequestRejectedException rejected) throws IOException {
        ProblemResponses.write(response, problem(rejected));
    }

    static ProblemDetail problem(RequestRejectedException rejected) {
        return Problems.of(HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected", describe(rejected));
    }

    /** The firewall's reason without the offending bytes themselves, which may be anything. */
    private static String describe(RequestRejectedException rejected) {
        String message = String.valueOf(rejected.getMessage());
        int value = message.indexOf(" has a value ");
        if (value > 0) {
            message = message.substring(0, value) + " has a value that is not allowed (control or non-ASCII characters)";
        }
        message = message.replaceAll("[^\\x20-\\x7E]", "?");
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
