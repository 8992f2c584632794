package vn.wardplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenRulesTest {

    static final String ISSUER = "http://localhost:8180/realms/wardplan";
    final OAuth2TokenValidator<Jwt> rules = TokenRules.validator(ISSUER, "wardplan-api");

    Jwt.Builder token() {
        Instant now = Instant.now();
        return Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("wardplan-api", "account"))
                .issuedAt(now.minusSeconds(10)).expiresAt(now.plusSeconds(300)).subject("anduong.kinhte")
                .claim("typ", "Bearer").claim("azp", "wardplan-gateway");
    }

    @Test
    void acceptsACurrentTokenOfTheRealmForWardplan() {
        assertThat(rules.validate(token().build()).hasErrors()).isFalse();
    }

    @Test
    void refusesAnotherAudience() {
        assertThat(rules.validate(token().audience(List.of("account")).build()).hasErrors()).isTrue();
    }

    @Test
    void refusesAnotherIssuer() {
        assertThat(rules.validate(token().issuer("http://localhost:8180/realms/master").build()).hasErrors()).isTrue();
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(rules.validate(token().issuedAt(past).expiresAt(past.plusSeconds(300)).build()).hasErrors()).isTrue();
    }

    @Test
    void refusesATokenWithoutExpiry() {
        Jwt noExpiry = Jwt.withTokenValue("t").header("alg", "RS256").issuer(ISSUER).audience(List.of("wardplan-api"))
                .subject("x").build();
        assertThat(rules.validate(noExpiry).hasErrors()).isTrue();
    }

    @Test
    void refusesAnIdTokenARefreshTokenAndATokenOfAnUnknownClient() {
        assertThat(rules.validate(token().claim("typ", "ID").build()).hasErrors()).isTrue();
        assertThat(rules.validate(token().claim("typ", "Refresh").build()).hasErrors()).isTrue();
        assertThat(rules.validate(token().claims(c -> c.remove("typ")).build()).hasErrors()).isTrue();
        assertThat(rules.validate(token().claim("azp", "wardplan-notifier").build()).hasErrors()).isTrue();
        assertThat(rules.validate(token().claims(c -> c.remove("azp")).build()).hasErrors()).isTrue();
        assertThat(rules.validate(token().claim("azp", "wardplan-cli").build()).hasErrors()).isFalse();
    }

    @Test
    void refusesATokenNotYetValid() {
        assertThat(rules.validate(token().notBefore(Instant.now().plusSeconds(600)).build()).hasErrors()).isTrue();
    }
}
