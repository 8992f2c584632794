package vn.wardplan.ward.directory;

import java.time.Instant;

/** A ward as the directory shows it. */
public record WardView(String code, String name, String type, String typeName, String city, String cityName, String status,
        String adminUsername, String suspensionReason, Instant createdAt, Instant updatedAt) {

    static WardView of(Ward ward, Cities cities) {
        String cityName = cities.find(ward.city()).map(City::name).orElse(ward.city());
        String typeName = WardType.fromCode(ward.type()).map(WardType::word).orElse(ward.type());
        return new WardView(ward.ward(), ward.name(), ward.type(), typeName, ward.city(), cityName, ward.status().name(),
                ward.adminUsername(), ward.suspensionReason(), ward.createdAt(), ward.updatedAt());
    }
}
