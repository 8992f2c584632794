package vn.wardplan.platform.web.problem;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * An error a client can act on. It names a message key; the title and detail are resolved in the caller's
 * language (Vietnamese first, English on request) when the problem is written as RFC 9457 problem details.
 */
public class WardplanProblem extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] args;

    public WardplanProblem(HttpStatus status, String key, Object... args) {
        super(key + Arrays.toString(args));
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public static WardplanProblem forbidden(String key, Object... args) {
        return new WardplanProblem(HttpStatus.FORBIDDEN, key, args);
    }

    public static WardplanProblem notFound(String key, Object... args) {
        return new WardplanProblem(HttpStatus.NOT_FOUND, key, args);
    }

    public static WardplanProblem badRequest(String key, Object... args) {
        return new WardplanProblem(HttpStatus.BAD_REQUEST, key, args);
    }

    /** 429: the caller's share is taken for now; {@code Retry-After} tells when to try again. */
    public static WardplanProblem tooManyRequests(String key, Object... args) {
        return new WardplanProblem(HttpStatus.TOO_MANY_REQUESTS, key, args);
    }

    public static WardplanProblem unauthorized() {
        return new WardplanProblem(HttpStatus.UNAUTHORIZED, "auth.required");
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
