package vn.wardplan.task.task;

/**
 * A unit as a plan document names it, with what it was resolved to.
 *
 * @param code the ward's unit code, or null when the text names no unit of the ward
 * @param text the name as written in the document
 * @param resolution EXACT, ALIAS, SPELLING, TYPO (a unit was found), RELATED ("các đơn vị liên quan"), UNRESOLVED
 */
public record UnitRef(String code, String text, String resolution) {
}
