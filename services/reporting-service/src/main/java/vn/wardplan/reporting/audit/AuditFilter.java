package vn.wardplan.reporting.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.web.problem.WardplanProblem;

/**
 * What the trail is filtered by: the official (username or name, any part of it), the item (its id, or any part of
 * its label), kinds, and days from/to (inclusive, Vietnam time). Text is matched literally, never as a pattern.
 */
record AuditFilter(String user, String item, List<String> kinds, LocalDate from, LocalDate to) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_TEXT = 200;
    private static final Set<String> KINDS = java.util.Arrays.stream(AuditKind.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The filter, or 400 problem details for an unknown kind, an over-long text or days in the wrong order. */
    static AuditFilter checked(String user, String item, List<String> kinds, LocalDate from, LocalDate to) {
        for (String text : new String[] { user, item }) {
            if (text != null && text.length() > MAX_TEXT) {
                throw WardplanProblem.badRequest("audit.filterTooLong", String.valueOf(MAX_TEXT));
            }
        }
        List<String> named = kinds == null ? List.of() : kinds.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).toList();
        for (String kind : named) {
            if (!KINDS.contains(kind)) {
                throw WardplanProblem.badRequest("audit.unknownKind", kind, String.join(", ", KINDS.stream().sorted().toList()));
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw WardplanProblem.badRequest("audit.dates", from.toString(), to.toString());
        }
        return new AuditFilter(blankToNull(user), blankToNull(item), named, from, to);
    }

    Criteria criteria() {
        List<Criteria> parts = new java.util.ArrayList<>();
        if (user != null) {
            Pattern p = literal(user);
            parts.add(new Criteria().orOperator(Criteria.where("actor").regex(p), Criteria.where("actorName").regex(p)));
        }
        if (item != null) {
            parts.add(new Criteria().orOperator(Criteria.where("item").is(item), Criteria.where("label").regex(literal(item))));
        }
        if (!kinds.isEmpty()) {
            parts.add(Criteria.where("kind").in(kinds));
        }
        if (from != null) {
            parts.add(Criteria.where("at").gte(from.atStartOfDay(VIETNAM).toInstant()));
        }
        if (to != null) {
            parts.add(Criteria.where("at").lt(to.plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
    }

    private static Pattern literal(String text) {
        return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
