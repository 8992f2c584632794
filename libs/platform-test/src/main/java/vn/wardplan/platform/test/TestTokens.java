package vn.wardplan.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Access tokens for tests, shaped like the realm's (same claims), signed by a key whose public half is served as
 * a JWKS over real HTTP on 127.0.0.1. Lets a test forge exactly the bad tokens a service must refuse.
 */
public final class TestTokens {

    public static final String AUDIENCE = "wardplan-api";

    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();
    private static HttpServer jwks;

    private TestTokens() {
    }

    public static synchronized String jwkSetUri() {
        if (jwks == null) {
            try {
                jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] body = new JWKSet(rsaKey(KEYS).toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwks.start();
        }
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    public static String issuer() {
        return "http://127.0.0.1:8180/realms/wardplan";
    }

    /** A token of a ward official: {@code user("anduong.kinhte", "an-duong", "unit-officer")}. */
    public static Builder user(String username, String ward, String... roles) {
        return new Builder(username).ward(ward).city(ward == null ? null : "hai-phong").roles(roles);
    }

    /** Builds one token; every setter returns the builder. */
    public static final class Builder {
        private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);
        private String issuer = TestTokens.issuer();
        private List<String> audience = List.of(AUDIENCE);

        private Builder(String username) {
            // What Keycloak puts in an access token of the platform's clients: typ "Bearer", the client as azp.
            claims.subject(username).claim("preferred_username", username).claim("name", username).claim("typ", "Bearer")
                    .claim("azp", "wardplan-gateway");
        }

        /** The token's kind as Keycloak writes it: "Bearer" (access), "ID", "Refresh". */
        public Builder type(String typ) {
            claims.claim("typ", typ);
            return this;
        }

        /** The client the token was issued to. */
        public Builder authorizedParty(String azp) {
            claims.claim("azp", azp);
            return this;
        }

        /** Valid from a moment in the future (nbf). */
        public Builder notBefore(Instant moment) {
            claims.notBeforeTime(Date.from(moment));
            return this;
        }

        public Builder ward(String ward) {
            claims.claim("ward", ward);
            return this;
        }

        public Builder city(String city) {
            claims.claim("city", city);
            return this;
        }

        public Builder unit(String unit) {
            claims.claim("unit", unit);
            return this;
        }

        public Builder roles(String... roles) {
            claims.claim("roles", new ArrayList<>(List.of(roles)));
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder audience(String... values) {
            audience = List.of(values);
            return this;
        }

        /** Moves the token's validity window: issued this long ago. */
        public Builder issuedAgo(Duration ago, Duration lifetime) {
            this.issuedAt = Instant.now().minus(ago);
            this.lifetime = lifetime;
            return this;
        }

        private JWTClaimsSet claims() {
            return claims.issuer(issuer).audience(audience).issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime))).build();
        }

        /** Signed with the key the JWKS publishes. */
        public String sign() {
            return sign(KEYS);
        }

        /** Signed with a key nobody published: a forged signature. */
        public String signWithForeignKey() {
            return sign(FOREIGN_KEYS);
        }

        /**
         * HS256, keyed with the realm's public key: the classic confusion attack on a verifier that takes the header's
         * algorithm at its word.
         */
        public String signHmacWithPublicKey() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test").build(), claims());
                jwt.sign(new com.nimbusds.jose.crypto.MACSigner(KEYS.getPublic().getEncoded()));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Signed properly, then one character of the payload changed. */
        public String tampered() {
            String[] parts = sign().split("\\.");
            char[] payload = parts[1].toCharArray();
            payload[payload.length / 2] = payload[payload.length / 2] == 'A' ? 'B' : 'A';
            return parts[0] + "." + new String(payload) + "." + parts[2];
        }

        /** An unsecured JWT ({@code alg: none}). */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private String sign(KeyPair keys) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims());
                jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static RSAKey rsaKey(KeyPair keys) {
        return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID("test").build();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
