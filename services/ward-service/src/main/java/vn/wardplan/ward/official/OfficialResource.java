package vn.wardplan.ward.official;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.wardplan.platform.web.tenancy.CurrentCaller;

/** A ward's officials: its own ward-admin (or a platform-admin) lists, invites, moves and disables them. */
@RestController
class OfficialResource {

    private final Officials officials;

    OfficialResource(Officials officials) {
        this.officials = officials;
    }

    @GetMapping("/api/wards/{ward}/officials")
    List<OfficialView> list(@PathVariable String ward) {
        return officials.list(CurrentCaller.get(), ward);
    }

    /** Creates the account with a temporary password (answered once) and, where Keycloak can mail, a set-up link. */
    @PostMapping("/api/wards/{ward}/officials")
    @ResponseStatus(HttpStatus.CREATED)
    Officials.Invited invite(@PathVariable String ward, @Valid @RequestBody InviteRequest request) {
        return officials.invite(CurrentCaller.get(), ward, request);
    }

    /** Moves the official to another unit, changes their ward roles or position, disables or enables them. */
    @PatchMapping("/api/wards/{ward}/officials/{username}")
    OfficialView change(@PathVariable String ward, @PathVariable String username, @Valid @RequestBody ChangeRequest change) {
        return officials.change(CurrentCaller.get(), ward, username, change);
    }
}
