package vn.wardplan.platform.web.problem;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses (400 problem details) a query parameter that carries a control character (an encoded NUL, a line break):
 * no parameter of the platform means one, and a NUL cannot even be stored (MongoDB's keys and patterns are C strings),
 * so such a request would otherwise end as a server error.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

    private final ProblemMessages messages;
    private final JsonMapper json;

    public ControlCharacterFilter(ProblemMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The query string alone, decoded here: asking the request for its parameters would read a multipart body too,
        // before the upload's own limits are checked.
        String query = request.getQueryString();
        boolean control = query != null && decoded(query).chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (control) {
            Locale locale = ProblemMessages.localeOf(request);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), messages.problem(HttpStatus.BAD_REQUEST, "http.400", null, locale));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String decoded(String query) {
        try {
            return java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query; // a malformed escape is the firewall's and Spring's to refuse
        }
    }
}
