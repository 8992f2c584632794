package vn.wardplan.ward.official;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * First passwords of new accounts: 16 random characters without look-alikes (0/O, 1/l/I), shown once to whoever
 * created the account and marked temporary in Keycloak, so the official chooses their own at first sign-in.
 */
@Component
public class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
