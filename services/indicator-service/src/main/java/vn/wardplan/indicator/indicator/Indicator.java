package vn.wardplan.indicator.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import vn.wardplan.indicator.target.Baseline;
import vn.wardplan.indicator.target.TargetSpec;
import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/**
 * An indicator (chỉ tiêu) of a ward's plan, defined from a row of Phụ lục I: what the plan decides about it is its
 * {@link Definition} (stored flat in the document, as before), next to what the ward adds over the term (the baseline,
 * the targets an adjustment replaced). The row's own wording is kept ({@code byEndText}, {@code yearlyText}) next to
 * the typed target read from it. Values may be entered for the year, its quarters and 6 or 9 months.
 */
@Document("indicators")
@CompoundIndex(name = "ward_code", def = "{'ward': 1, 'planNumber': 1, 'position': 1}")
public record Indicator(@Id String id, String ward, String city, String planNumber, String key,
        @Unwrapped.Nullable Definition definition, Baseline baseline, List<EarlierTarget> earlierTargets, Instant definedAt,
        Instant updatedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /**
     * A target that held until {@code untilYear} (inclusive) before the People's Council adjusted it (điều chỉnh kế
     * hoạch): the years up to then are judged against it, the later ones against the next (ADR 0021).
     */
    public record EarlierTarget(int untilYear, TargetSpec target, TargetSpec endTarget, String byEndText, String yearlyText,
            String replacedBy, Instant replacedAt) {
    }

    /** URL-safe: the plan number's "/" becomes "-" ("an-duong:86-KH-UBND:13_2"). */
    public static String idOf(String ward, String planNumber, String key) {
        return ward + ":" + planNumber.replace('/', '-') + ":" + key;
    }

    /**
     * What the plan decides about an indicator; a replayed or repeated import that changes none of it is a no-op.
     * {@code endTarget} is a second rule for the end year where the row states one; {@code targetTypedBy} names the
     * ward office's official who typed the target by hand (null when the plan reader typed it).
     */
    public record Definition(int position, String code, String parentKey, String group, String name, String measureUnit,
            String byEndText, String yearlyText, TargetSpec target, TargetSpec endTarget, String targetNote,
            String targetTypedBy, String directingLeader, String advisingUnitCode, String advisingUnitText, int startYear,
            int endYear) {

        /** The same definition with the target the ward office typed by hand. */
        public Definition withTarget(TargetSpec typed, TargetSpec typedEnd, String note, String typedBy) {
            return new Definition(position, code, parentKey, group, name, measureUnit, byEndText, yearlyText, typed, typedEnd,
                    note, typedBy, directingLeader, advisingUnitCode, advisingUnitText, startYear, endYear);
        }

        /** The same definition worded and targeted as an earlier target was. */
        Definition asWorded(EarlierTarget earlier) {
            return new Definition(position, code, parentKey, group, name, measureUnit, earlier.byEndText(), earlier.yearlyText(),
                    earlier.target(), earlier.endTarget(), targetNote, targetTypedBy, directingLeader, advisingUnitCode,
                    advisingUnitText, startYear, endYear);
        }

        /** The plan runs in {@code year} (from its start year to its end year, both included). */
        public boolean covers(int year) {
            return year >= startYear && year <= endYear;
        }

        /** How the trail names it: "Chỉ tiêu 6: Tỷ lệ bao phủ bảo hiểm y tế". */
        String label(String key) {
            return "Chỉ tiêu " + (code == null || code.isBlank() ? key : code) + ": " + name;
        }
    }

    public static Indicator define(String ward, String city, String planNumber, String key, Definition d, Instant now,
            OutboxEvent defined) {
        return new Indicator(idOf(ward, planNumber, key), ward, city, planNumber, key, d, null, List.of(), now, now, null,
                List.of(defined));
    }

    public Indicator redefine(Definition d, Instant now, OutboxEvent changed) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(changed);
        return new Indicator(id, ward, city, planNumber, key, d, baseline, earlierTargets, definedAt, now, version, pending);
    }

    /**
     * The definition changes from {@code fromYear} on: the target in force until the year before is kept for those
     * years (an adjustment from a later year that was already recorded gives way to this one from its year on).
     */
    public Indicator amend(Definition d, int fromYear, String by, Instant now, OutboxEvent changed) {
        return new Indicator(id, ward, city, planNumber, key, definition, baseline, earlierTargetsAmendedFrom(fromYear, by, now),
                definedAt, now, version, outbox).redefine(d, now, changed);
    }

    /** The earlier targets an adjustment from {@code fromYear} leaves: those before it, and the one in force until then. */
    public List<EarlierTarget> earlierTargetsAmendedFrom(int fromYear, String by, Instant now) {
        List<EarlierTarget> kept = new ArrayList<>(earlierTargets().stream().filter(e -> e.untilYear() < fromYear - 1).toList());
        Definition before = inForce(fromYear - 1).definition();
        kept.add(new EarlierTarget(fromYear - 1, before.target(), before.endTarget(), before.byEndText(),
                before.yearlyText(), by, now));
        return List.copyOf(kept);
    }

    /** Earlier targets, oldest first; never null. */
    public List<EarlierTarget> earlierTargets() {
        return earlierTargets == null ? List.of() : earlierTargets;
    }

    /** The indicator with the target in force in {@code year}. */
    public Indicator inForce(int year) {
        for (EarlierTarget earlier : earlierTargets()) {
            if (year <= earlier.untilYear()) {
                return new Indicator(id, ward, city, planNumber, key, definition.asWorded(earlier), baseline, earlierTargets,
                        definedAt, updatedAt, version, outbox);
            }
        }
        return this;
    }

    /** The first year of the target now in force when it was adjusted during the term; null when it never was. */
    public Integer adjustedFrom() {
        return earlierTargets().isEmpty() ? null : earlierTargets().getLast().untilYear() + 1;
    }

    /** The value of the year before the plan, which growth and trajectory targets are measured from. */
    public Indicator withBaseline(Baseline newBaseline, Instant now) {
        return new Indicator(id, ward, city, planNumber, key, definition, newBaseline, earlierTargets, definedAt, now,
                version, outbox);
    }

    /** The same indicator with one more event pending, e.g. its entry in the audit trail. */
    public Indicator recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new Indicator(id, ward, city, planNumber, key, definition, baseline, earlierTargets, definedAt, updatedAt, version,
                pending);
    }

    /** What the trail shows of the target before and after a change. */
    public record TargetState(String byEndText, String yearlyText, TargetSpec target, TargetSpec endTarget, String note,
            Integer adjustedFrom, Baseline baseline) {
    }

    public TargetState targetState() {
        return new TargetState(definition.byEndText(), definition.yearlyText(), definition.target(), definition.endTarget(),
                definition.targetNote(), adjustedFrom(), baseline);
    }

    /** How the trail names it: "Chỉ tiêu 6: Tỷ lệ bao phủ bảo hiểm y tế". */
    public String label() {
        return definition.label(key);
    }
}
