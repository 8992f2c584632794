package vn.wardplan.task.planimport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.wardplan.platform.events.outbox.OutboxEvent;
import vn.wardplan.platform.web.tenancy.WardOwned;

/** A ward's plan as last imported: its header, its indicator rows as written, and what the import noticed. */
@Document("plans")
public record Plan(@Id String id, String ward, String city, String number, LocalDate issuedOn, String title,
        int startYear, int endYear, String signer, List<IndicatorLine> indicators, List<ImportWarning> warnings,
        Instant importedAt, Instant updatedAt, @Version Long version, List<OutboxEvent> outbox) implements WardOwned {

    /** URL-safe: the plan number's "/" becomes "-" ("an-duong:86-KH-UBND"). */
    public static String idOf(String ward, String number) {
        return ward + ":" + number.replace('/', '-');
    }

    /** What a document decides about a plan; a re-import that changes none of it changes nothing. */
    public record Content(LocalDate issuedOn, String title, int startYear, int endYear, String signer,
            List<IndicatorLine> indicators) {
    }

    public Content content() {
        return new Content(issuedOn, title, startYear, endYear, signer, indicators);
    }

    static Plan imported(String ward, String city, String number, Content content, List<ImportWarning> warnings,
            Instant now, OutboxEvent event) {
        return new Plan(idOf(ward, number), ward, city, number, content.issuedOn(), content.title(), content.startYear(),
                content.endYear(), content.signer(), List.copyOf(content.indicators()), List.copyOf(warnings), now, now,
                null, List.of(event));
    }

    Plan reimported(Content content, List<ImportWarning> newWarnings, Instant now, OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new Plan(id, ward, city, number, content.issuedOn(), content.title(), content.startYear(), content.endYear(),
                content.signer(), List.copyOf(content.indicators()), List.copyOf(newWarnings), importedAt, now, version,
                pending);
    }

    /** The same plan with one more event pending, e.g. its entry in the audit trail. */
    Plan recorded(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox == null ? List.of() : outbox);
        pending.add(event);
        return new Plan(id, ward, city, number, issuedOn, title, startYear, endYear, signer, indicators, warnings, importedAt,
                updatedAt, version, pending);
    }

    /** What the audit trail shows of a plan: its header, how many indicator rows, and what the import did to its tasks. */
    record State(LocalDate issuedOn, String title, int startYear, int endYear, String signer, int indicators,
            ImportReport.Counts tasks) {
    }

    State state(ImportReport.Counts tasks) {
        return new State(issuedOn, title, startYear, endYear, signer, indicators == null ? 0 : indicators.size(), tasks);
    }

    /** The plan with the warnings that still hold (a unit name the office has since mapped is no longer one). */
    Plan withWarnings(List<ImportWarning> newWarnings, Instant now) {
        return new Plan(id, ward, city, number, issuedOn, title, startYear, endYear, signer, indicators, List.copyOf(newWarnings),
                importedAt, now, version, outbox);
    }
}
