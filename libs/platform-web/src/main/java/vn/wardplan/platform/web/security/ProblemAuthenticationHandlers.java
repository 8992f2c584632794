package vn.wardplan.platform.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;
import vn.wardplan.platform.web.problem.ProblemMessages;

/** 401 and 403 from the security filters as problem details, keeping the RFC 6750 WWW-Authenticate header. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
    private final ProblemMessages messages;
    private final JsonMapper json;

    ProblemAuthenticationHandlers(ProblemMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        bearerEntryPoint.commence(request, response, exception);
        boolean tokenPresent = request.getHeader("Authorization") != null;
        write(response, messages.problem(HttpStatus.UNAUTHORIZED, tokenPresent ? "auth.invalid" : "auth.required", null,
                ProblemMessages.localeOf(request)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearerDenied.handle(request, response, exception);
        write(response, messages.problem(HttpStatus.FORBIDDEN, "auth.denied", null, ProblemMessages.localeOf(request)));
    }

    /** Answers 400 problem details for a request the HTTP firewall refused (an encoded slash, %00, a backslash…). */
    void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, messages.problem(HttpStatus.BAD_REQUEST, "http.400", null, ProblemMessages.localeOf(request)));
    }

    /** Answers 403 with the problem of the given message key, for refusals decided after authentication. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String key, Object... args) throws IOException {
        write(response, messages.problem(HttpStatus.FORBIDDEN, key, args, ProblemMessages.localeOf(request)));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
