package vn.wardplan.gateway.security;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** RFC 9457 problem details for the gateway's own 401 and 403 answers, Vietnamese unless English is preferred. */
@Component
class ProblemResponses {

    ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, exception) -> {
            boolean tokenPresent = exchange.getRequest().getHeaders().getFirst("Authorization") != null;
            exchange.getResponse().getHeaders().set("WWW-Authenticate",
                    tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
            return tokenPresent
                    ? write(exchange, HttpStatus.UNAUTHORIZED, "auth.invalid", "Mã truy cập không hợp lệ",
                            "Mã truy cập đã hết hạn, bị sửa đổi hoặc không dành cho wardplan. Vui lòng đăng nhập lại.",
                            "Invalid access token",
                            "The access token is expired, altered or not meant for wardplan. Please sign in again.")
                    : write(exchange, HttpStatus.UNAUTHORIZED, "auth.required", "Chưa đăng nhập",
                            "Yêu cầu cần đăng nhập hoặc mã truy cập (access token) hợp lệ.", "Not signed in",
                            "This request needs a session or a valid access token.");
        };
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, denied) -> write(exchange, HttpStatus.FORBIDDEN, "auth.denied", "Không có quyền",
                "Tài khoản của bạn không có quyền thực hiện thao tác này.", "Not allowed",
                "Your account is not allowed to do this.");
    }

    ServerAccessDeniedHandler csrfRejected() {
        return (exchange, denied) -> write(exchange, HttpStatus.FORBIDDEN, "csrf.invalid",
                "Yêu cầu không kèm mã bảo vệ phiên (CSRF)",
                "Trình duyệt gửi thay đổi mà không có mã CSRF hợp lệ; hãy tải lại trang và thử lại. Ứng dụng gọi API cần dùng access token.",
                "Missing CSRF token", "A browser request changed data without a valid CSRF token; reload the page and try again. "
                        + "API clients must send an access token.");
    }

    /** 429 with the seconds to wait, for the rate limits. */
    Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "http.429", "Quá nhiều yêu cầu",
                "Bạn đã gửi quá nhiều yêu cầu loại này trong thời gian ngắn; hãy thử lại sau " + retryAfterSeconds + " giây.",
                "Too many requests", "Too many requests of this kind in a short time; try again in " + retryAfterSeconds + " seconds.");
    }

    /** 400 for a request the HTTP firewall refuses (an encoded slash, %00, a quote in the path…). */
    Mono<Void> rejected(ServerWebExchange exchange) {
        return write(exchange, HttpStatus.BAD_REQUEST, "http.400", "Yêu cầu không hợp lệ",
                "Địa chỉ hoặc phần đầu của yêu cầu chứa ký tự không được phép.", "Bad request",
                "The request's address or headers contain characters that are not allowed.");
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String titleVi,
            String detailVi, String titleEn, String detailEn) {
        String language = exchange.getRequest().getHeaders().getFirst("Accept-Language");
        boolean english = language != null && language.trim().toLowerCase().startsWith("en");
        String body = "{\"type\":\"https://wardplan.vn/problems/" + code + "\",\"title\":\"" + (english ? titleEn : titleVi)
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + (english ? detailEn : detailVi)
                + "\",\"code\":\"" + code + "\"}";
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8))));
    }
}
