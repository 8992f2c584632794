package vn.wardplan.task.cityframe;

/**
 * An indicator of the city's frame: the list the city follows in every ward. {@code direction} is UP (more is
 * better), DOWN (less is better) or KEEP (a standard to hold); {@code targetKind} is the kind of the city's own target
 * as the plan reader types it (docs/domain/targets.md), null where the city states none; {@code cityTarget} its wording.
 */
record FrameIndicator(String code, String parentCode, int position, String group, String name, String measureUnit,
        String direction, String targetKind, String cityTarget) {
}
