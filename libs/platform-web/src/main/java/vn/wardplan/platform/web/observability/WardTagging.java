package vn.wardplan.platform.web.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.common.KeyValues;
import vn.wardplan.platform.security.WardplanClaims;

/**
 * Adds a {@code ward} tag to HTTP server metrics. The ward is noted on the request once the token is validated,
 * because the observation is closed after the security context has been cleared.
 */
public final class WardTagging {

    static final String ATTRIBUTE = WardTagging.class.getName() + ".ward";

    private WardTagging() {
    }

    /** Runs after authentication and remembers the caller's ward on the request. */
    public static class WardAttributeFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
                String ward = token.getToken().getClaimAsString(WardplanClaims.WARD);
                request.setAttribute(ATTRIBUTE, ward == null ? "none" : ward);
            }
            chain.doFilter(request, response);
        }
    }

    /** The standard HTTP server convention plus the ward noted by {@link WardAttributeFilter}. */
    public static class Convention extends DefaultServerRequestObservationConvention {

        @Override
        public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
            Object ward = context.getCarrier().getAttribute(ATTRIBUTE);
            return super.getLowCardinalityKeyValues(context).and("ward", ward == null ? "none" : ward.toString());
        }
    }
}
