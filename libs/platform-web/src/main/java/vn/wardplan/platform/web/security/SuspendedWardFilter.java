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

import vn.wardplan.platform.security.DisabledOfficials;
import vn.wardplan.platform.security.SuspendedWards;
import vn.wardplan.platform.security.WardplanClaims;

/**
 * Refuses (403 {@code ward.suspendedAccess}) every request whose token names a suspended ward, and (403
 * {@code official.disabledAccess}) every request of an official their ward has disabled. Keycloak already refuses
 * their sign-ins; this covers the access tokens issued before, until they expire.
 */
class SuspendedWardFilter extends OncePerRequestFilter {

    private final SuspendedWards suspendedWards;
    private final DisabledOfficials disabledOfficials;
    private final ProblemAuthenticationHandlers problems;

    SuspendedWardFilter(SuspendedWards suspendedWards, DisabledOfficials disabledOfficials, ProblemAuthenticationHandlers problems) {
        this.suspendedWards = suspendedWards;
        this.disabledOfficials = disabledOfficials;
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
            String username = token.getToken().getClaimAsString(WardplanClaims.USERNAME);
            if (disabledOfficials != null && ward != null && !ward.isBlank() && disabledOfficials.isDisabled(ward, username)) {
                problems.forbid(request, response, "official.disabledAccess", username);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
