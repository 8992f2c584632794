package vn.wardplan.platform.web.tenancy;

/** A document that belongs to one ward; {@link WardScopedMongo} refuses to store one without its ward. */
public interface WardOwned {

    String ward();

    String city();
}
