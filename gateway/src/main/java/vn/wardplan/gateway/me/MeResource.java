package vn.wardplan.gateway.me;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** {@code GET /api/me}: the signed-in official, their ward, unit and roles. */
@RestController
class MeResource {

    @GetMapping("/api/me")
    Mono<Me> me(Mono<Authentication> authentication) {
        return authentication.map(Me::of);
    }
}
