package com.piquetickets.api.web;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error answers (a request it refuses before the application sees it: an encoded slash or NUL in the
 * path, a request line or header over its limit) as problem documents instead of its HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String code = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), code, title, detail(request, status));
        try {
            response.resetBuffer(true);
            ProblemResponses.write(response.getResponse(), problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response is committed: nothing more can be said to it.
        }
    }

    private static String detail(Request request, int status) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        String reason = message == null ? "" : message.toString().replaceAll("[^\\x20-\\x7E]", "?");
        if (reason.length() > 200) {
            reason = reason.substring(0, 200);
        }
        String what = switch (status) {
            case 400 -> "the request was refused before it reached the application: its URL or headers are malformed or "
                    + "too long (at most 8 KB); encoded slashes, NUL and dot segments are not allowed in paths";
            case 404 -> "nothing is served at this address";
            default -> "the server could not handle this request";
        };
        return reason.isBlank() ? what : what + " (" + reason + ")";
    }
}
