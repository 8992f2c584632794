package vn.wardplan.platform.web.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import vn.wardplan.platform.web.problem.WardplanProblem;

/** The caller of the current HTTP request. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Caller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Caller.from(token.getToken());
        }
        throw WardplanProblem.unauthorized();
    }
}
