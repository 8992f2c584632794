package vn.wardplan.platform.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.wardplan.platform.web.security.WhenDenied;

/** Turns every error of a service into RFC 9457 problem details, in Vietnamese or English. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemMessages messages;

    public ProblemDetailsAdvice(ProblemMessages messages) {
        this.messages = messages;
    }

    /** Seconds a client told 429 waits before trying again. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(WardplanProblem.class)
    ResponseEntity<ProblemDetail> wardplanProblem(WardplanProblem problem, HttpServletRequest request) {
        ProblemDetail body = messages.problem(problem.status(), problem.key(), problem.args(), ProblemMessages.localeOf(request));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(body);
    }

    /** A refused {@code @PreAuthorize}: the endpoint's {@link WhenDenied} problem, or {@code auth.denied}. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(HandlerMethod handler, HttpServletRequest request) {
        WhenDenied denied = handler == null ? null : handler.getMethodAnnotation(WhenDenied.class);
        return messages.problem(HttpStatus.FORBIDDEN, denied == null ? "auth.denied" : denied.value(), null,
                ProblemMessages.localeOf(request));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail conflict(HttpServletRequest request) {
        return messages.problem(HttpStatus.CONFLICT, "conflict", null, ProblemMessages.localeOf(request));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), exception);
        return messages.problem(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", null, ProblemMessages.localeOf(request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = localeOf(request);
        ProblemDetail problem = messages.problem(HttpStatus.BAD_REQUEST, "validation.failed", null, locale);
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error, locale)).toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = localeOf(request);
        ProblemDetail problem = messages.problem(HttpStatus.BAD_REQUEST, "validation.failed", null, locale);
        List<Map<String, String>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(fieldError(error, locale)));
            } else {
                String parameter = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error -> errors.add(
                        Map.of("field", String.valueOf(parameter), "message", messages.message(error, locale))));
            }
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Framework errors (unreadable JSON, wrong method, unknown path...) keep their status, in our words.
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            String key = "http." + statusCode.value();
            ProblemDetail problem = messages.problem(statusCode, key, null, localeOf(request));
            if (problem.getTitle() == null || problem.getTitle().equals(key)) {
                problem = errorResponse.getBody();
            }
            return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Malformed JSON or a value of the wrong type: Spring's English body would leave the official guessing.
        return ResponseEntity.badRequest().body(messages.problem(HttpStatus.BAD_REQUEST, "http.400", null, localeOf(request)));
    }

    private Map<String, String> fieldError(FieldError error, Locale locale) {
        return Map.of("field", error.getField(), "message", messages.message(error, locale));
    }

    private static Locale localeOf(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? ProblemMessages.localeOf(servlet.getRequest())
                : ProblemMessages.VIETNAMESE;
    }
}
