package com.piquetickets.api.web;

import com.piquetickets.api.security.ForbiddenException;
import com.piquetickets.api.security.NotAuthenticatedException;
import com.piquetickets.api.security.TooManyRequestsException;
import com.piquetickets.domain.common.DomainException;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.saga.payment.StripeGatewayException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import com.piquetickets.api.web.json.JsonInputErrors;

/**
 * The one place that turns failures into RFC 9457 problem documents. Domain exceptions map by kind (400, 404, 409);
 * framework input errors name the field at fault; anything unexpected is a 500 that reveals nothing internal.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,64})]");

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(forDomain(e));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) {
        Optional<ProblemDetail> mapped = domainCause(e).map(ProblemDetailsAdvice::forDomain);
        return mapped.map(ProblemDetailsAdvice::problem).orElseGet(() -> unexpected(e));
    }

    @ExceptionHandler(QueryExecutionException.class)
    ResponseEntity<ProblemDetail> queryFailed(QueryExecutionException e) {
        Optional<ProblemDetail> mapped = domainCause(e).map(ProblemDetailsAdvice::forDomain);
        return mapped.map(ProblemDetailsAdvice::problem).orElseGet(() -> unexpected(e));
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<ProblemDetail> notAuthenticated(NotAuthenticatedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(HttpStatus.UNAUTHORIZED, e.code(), "Not signed in", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, e.code(), "Not allowed", e.getMessage()));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage()));
    }

    @ExceptionHandler(UnprocessableRequestException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException e) {
        return problem(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), "Unprocessable request", e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "nothing with id '" + e.getAggregateIdentifier() + "' exists here"));
    }

    /** Two writers raced on the same aggregate or the same unique value: the loser may retry. */
    @ExceptionHandler({ConcurrencyException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        log.info("conflicting write: {}", e.toString());
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Conflicting change",
                "another change to the same thing happened at the same time; fetch it again and retry"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : JsonInputErrors.describe(e.getRequiredType());
        return problem(Problems.invalid(HttpStatus.BAD_REQUEST, e.getName() + " must be " + expected,
                List.of(new Problems.FieldError(e.getName(), "must be " + expected))));
    }

    /** Stripe could not be reached or refused: retryable failures are a 503 the client (or Stripe) may retry. */
    @ExceptionHandler(StripeGatewayException.class)
    ResponseEntity<ProblemDetail> stripeFailed(StripeGatewayException e) {
        log.warn("Stripe call failed: {}", e.getMessage());
        if (e.retryable()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "payment-provider-unavailable", "Payment provider unavailable",
                            "Stripe could not be reached just now; nothing was changed, try again shortly"));
        }
        return problem(Problems.of(HttpStatus.BAD_GATEWAY, "payment-provider-refused", "Payment provider refused",
                "Stripe refused the request: " + e.getMessage()));
    }

    /** The firewall checks parameters only when they are read, so its refusal can come from inside a controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return problem(RejectedRequests.problem(e));
    }

    /** Tomcat decodes the query string when a parameter is first read, and refuses percent-escapes that are not UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e) {
        Matcher name = PARAMETER_NAME.matcher(String.valueOf(e.getMessage()));
        String which = name.find() ? "parameter '" + name.group(1) + "'" : "a parameter";
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "the query string is not valid UTF-8: " + which
                        + " has percent-escapes (%XX) that do not spell UTF-8 characters"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "something went wrong on our side; nothing was changed by this request unless its effect is visible"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return asObject(invalid(e.getBindingResult()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return asObject(problem(Problems.invalid(HttpStatus.BAD_REQUEST, summary(errors), errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
            return asObject(problem(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                    tooLarge.getMessage())));
        }
        if (cause instanceof InvalidInputException invalid) {
            return asObject(domain(invalid));
        }
        DatabindException databind = causeOfType(e, DatabindException.class);
        if (databind != null) {
            // Well-formed JSON of the wrong shape: name the field (or the body itself) that did not fit.
            JsonInputErrors.Fault fault = JsonInputErrors.of(databind);
            return asObject(problem(Problems.invalid(HttpStatus.BAD_REQUEST, fault.field() + " " + fault.message(),
                    List.of(new Problems.FieldError(fault.field(), fault.message())))));
        }
        String detail = cause instanceof JacksonException jackson ? JsonInputErrors.malformed(jackson)
                : "the request body is missing or unreadable";
        return asObject(problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail)));
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> invalid(BindingResult result) {
        List<Problems.FieldError> errors = result.getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
        return problem(Problems.invalid(HttpStatus.BAD_REQUEST, summary(errors), errors));
    }

    static ProblemDetail forDomain(DomainException e) {
        return switch (e) {
            case InvalidInputException invalid -> Problems.invalid(HttpStatus.BAD_REQUEST, invalid.getMessage(),
                    List.of(new Problems.FieldError(invalid.field(), invalid.getMessage()
                            .substring(invalid.field().length() + 2))));
            case NotFoundException notFound when notFound.field() != null -> {
                // A body that refers to something missing: the request is wrong, not the URL.
                ProblemDetail problem = Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, notFound.getMessage(),
                        List.of(new Problems.FieldError(notFound.field(), notFound.getMessage())));
                problem.setProperty("code", notFound.code());
                yield problem;
            }
            case NotFoundException notFound -> Problems.of(HttpStatus.NOT_FOUND, notFound.code(), "Not found",
                    notFound.getMessage());
            case RuleViolationException rule -> Problems.of(HttpStatus.CONFLICT, rule.code(), "Conflict with the current state",
                    rule.getMessage());
        };
    }

    private static Optional<DomainException> domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
        }
        if (e instanceof CommandExecutionException commandFailure) {
            return commandFailure.getDetails().filter(DomainException.class::isInstance).map(DomainException.class::cast);
        }
        return Optional.empty();
    }

    private static String summary(List<Problems.FieldError> errors) {
        return errors.isEmpty() ? "the request is invalid"
                : errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
