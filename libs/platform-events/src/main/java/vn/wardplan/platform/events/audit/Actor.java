package vn.wardplan.platform.events.audit;

/** Who made a change: an official (username and name from the token) or the platform itself, named by its job. */
public record Actor(String username, String name) {

    public static Actor platform(String job) {
        return new Actor("system", "Hệ thống (" + job + ")");
    }
}
