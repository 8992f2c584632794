package vn.wardplan.platform.web.problem;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds problem details in the caller's language: Vietnamese unless the request prefers English. Message
 * bundles are {@code wardplan/problems.properties} (Vietnamese) and {@code wardplan/problems_en.properties} for
 * what every service shares, and a service's own {@code problems.properties} / {@code problems_en.properties}.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String TYPE_BASE = "https://wardplan.vn/problems/";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public ProblemMessages() {
        messages.setBasenames("wardplan/problems", "problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
    }

    public static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : VIETNAMESE;
    }

    public ProblemDetail problem(HttpStatusCode status, String key, Object[] args, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + key));
        problem.setTitle(messages.getMessage(key + ".title", null, key, locale));
        problem.setDetail(messages.getMessage(key + ".detail", args, "", locale));
        problem.setProperty("code", key);
        return problem;
    }

    public String message(MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }
}
