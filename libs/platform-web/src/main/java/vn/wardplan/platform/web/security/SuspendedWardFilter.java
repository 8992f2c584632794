package vn.wardplan.platform.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.wardplan.platform.security.SuspendedWards;
import vn.wardplan.platform.security.WardplanClaims;

/**
 * Refuses (403 {@code ward.suspendedAccess}) every request whose token names a suspended ward. Keycloak already
 * refuses the ward's sign-ins; this covers the access tokens issued before the suspension, until they expire.
 */
class SuspendedWardFilter extends OncePerRequestFilter {

    private final SuspendedWards suspendedWards;
    private final ProblemAuthenticationHandlers problems;

    SuspendedWardFilter(SuspendedWards suspendedWards, ProblemAuthenticationHandlers problems) {
        this.suspendedWards = suspendedWards;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String ward = token.getToken().getClaimAsString(WardplanClaims.WARD);
            if (ward != null && !ward.isBlank() && suspendedWards.isSuspended(ward)) {
                problems.forbid(request, response, "ward.suspendedAccess", ward);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
