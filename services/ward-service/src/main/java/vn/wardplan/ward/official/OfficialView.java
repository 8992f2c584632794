package vn.wardplan.ward.official;

import java.util.List;

/** An official of a ward as the ward-admin sees them. */
record OfficialView(String username, String firstName, String lastName, String email, String unit, String position,
        List<String> roles, boolean enabled, boolean awaitingFirstSignIn) {

    static OfficialView of(Accounts.Account account) {
        return new OfficialView(account.username(), account.firstName(), account.lastName(), account.email(), account.unit(),
                account.position(), account.roles().stream().sorted().toList(), account.enabled(), account.awaitingFirstSignIn());
    }
}
