package vn.wardplan.ward.directory;

/** A province-level unit (tỉnh, thành phố trực thuộc trung ương): the city a ward belongs to. */
public record City(String code, String name, String kind) {
}
