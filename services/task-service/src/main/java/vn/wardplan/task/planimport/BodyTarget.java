package vn.wardplan.task.planimport;

/**
 * A target the plan states in its body but not in Phụ lục I, as the dry run offers it: a key stable while the wording
 * stays (from the wording), the line it is on, the indicator it names, its target as written and as typed, and the
 * sentence it was read from.
 */
record BodyTarget(String key, int line, String name, String measureUnit, String targetText, PlanTarget target,
        String sentence) {
}
