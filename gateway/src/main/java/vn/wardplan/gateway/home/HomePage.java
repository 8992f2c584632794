package vn.wardplan.gateway.home;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

import reactor.core.publisher.Mono;
import vn.wardplan.gateway.me.Me;

/**
 * The plain page at {@code /} until the web application exists: who is signed in, their ward and unit, and a
 * sign-out button (a POST with the CSRF token, which also ends the Keycloak session).
 */
@RestController
class HomePage {

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    Mono<String> home(Mono<Authentication> authentication, ServerWebExchange exchange) {
        Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return authentication.map(Me::of).zipWith(csrf).map(pair -> page(pair.getT1(), pair.getT2()));
    }

    private static String page(Me me, CsrfToken csrf) {
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>wardplan</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                dt{font-weight:600}button{font-size:1rem;padding:.4rem 1rem}</style></head>
                <body><h1>wardplan</h1>
                <p>Đã đăng nhập với tài khoản <strong id="username">%s</strong>.</p>
                <dl><dt>Họ tên</dt><dd id="display-name">%s</dd>
                <dt>Phường/xã</dt><dd id="ward">%s</dd>
                <dt>Đơn vị</dt><dd id="unit">%s</dd>
                <dt>Vai trò</dt><dd id="roles">%s</dd></dl>
                <form id="logout" method="post" action="/logout"><input type="hidden" name="%s" value="%s">
                <button type="submit">Đăng xuất</button></form>
                </body></html>
                """.formatted(escape(me.username()), escape(me.displayName()), escape(me.ward()), escape(me.unit()),
                escape(String.join(", ", me.roles())), escape(csrf.getParameterName()), escape(csrf.getToken()));
    }

    private static String escape(String value) {
        return value == null ? "—" : HtmlUtils.htmlEscape(value);
    }
}
