package vn.wardplan.task.planimport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import vn.wardplan.platform.events.audit.Actor;
import vn.wardplan.platform.events.audit.AuditKind;
import vn.wardplan.platform.events.audit.AuditTrail;
import vn.wardplan.platform.events.audit.AuditedChange;
import vn.wardplan.platform.web.problem.WardplanProblem;
import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.WardScopedMongo;
import vn.wardplan.task.task.Deliverable;
import vn.wardplan.task.deliverable.DeliverablePlanner;
import vn.wardplan.task.deliverable.ReportingDecision;
import vn.wardplan.task.task.ReportingMode;
import vn.wardplan.task.deliverable.ReportingSchedules;
import vn.wardplan.task.regime.RegimeSchedule;
import vn.wardplan.task.regime.ReportingRegimes;
import vn.wardplan.task.task.TaskEvents;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.task.UnitRef;
import vn.wardplan.task.unit.UnitNameResolver;

/**
 * Imports a plan document for a ward: reads it, resolves its units against the ward's catalogue, compares every
 * row with what the ward already has, and (unless it is a dry run) stores what changed together with its
 * events. Importing the same document again changes nothing and publishes nothing.
 */
@Service
class PlanImporter {

    private static final Logger log = LoggerFactory.getLogger(PlanImporter.class);

    private final WardScopedMongo mongo;
    private final TaskEvents taskEvents;
    private final PlanEvents planEvents;
    private final ReportingRegimes regimes;
    private final ReportingSchedules schedules;
    private final PlanUnits planUnits;
    private final FrameMappingStep frameMapping;
    private final AuditTrail trail;
    private final Clock clock;

    PlanImporter(WardScopedMongo mongo, TaskEvents taskEvents, PlanEvents planEvents, ReportingRegimes regimes,
            ReportingSchedules schedules, PlanUnits planUnits, FrameMappingStep frameMapping, AuditTrail trail, Clock clock) {
        this.mongo = mongo;
        this.trail = trail;
        this.frameMapping = frameMapping;
        this.planUnits = planUnits;
        this.regimes = regimes;
        this.schedules = schedules;
        this.taskEvents = taskEvents;
        this.planEvents = planEvents;
        this.clock = clock;
    }

    /**
     * What the office chose for this import: {@code effectiveFrom}, the year an amended plan's changed targets take effect
     * (null: the document corrects the whole term); {@code bodyTargets}, the body targets it accepts, each with the code
     * of the unit that advises on it (null keeps the unit chosen at an earlier import).
     */
    public record ImportChoices(Integer effectiveFrom, Map<String, String> bodyTargets, Actor by) {

        public static final ImportChoices NONE = new ImportChoices(null, Map.of(), Actor.platform("nhập kế hoạch"));
    }

    /** Imports a document already read (the reading has its own time limit, the storing none). */
    public ImportReport importParsed(WardScope ward, ParsedPlan parsed, boolean dryRun) {
        return importParsed(ward, parsed, dryRun, ImportChoices.NONE);
    }

    public ImportReport importParsed(WardScope ward, ParsedPlan parsed, boolean dryRun, ImportChoices choices) {
        ParsedPlan.Header header = parsed.header();
        if (header.number() == null) {
            throw new PlanFormatException("Không tìm thấy số kế hoạch: cần dòng \"Số: 57/KH-UBND\" ở đầu văn bản hoặc"
                    + " \"(Kèm theo Kế hoạch số 57/KH-UBND ngày …)\" dưới tiêu đề phụ lục.");
        }
        if (choices.effectiveFrom() != null && (choices.effectiveFrom() <= header.startYear() || choices.effectiveFrom() > header.endYear())) {
            throw WardplanProblem.badRequest("plan.effectiveFrom", String.valueOf(choices.effectiveFrom()),
                    String.valueOf(header.startYear() + 1), String.valueOf(header.endYear()));
        }
        List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
        UnitNameResolver resolver = planUnits.resolver(ward);
        UnitNotes notes = new UnitNotes(resolver, warnings);

        Optional<Plan> existingPlan = mongo.findOne(ward, Criteria.where("_id").is(Plan.idOf(ward.ward(), header.number())), Plan.class);
        List<IndicatorLine> indicatorLines = new ArrayList<>(indicatorLines(parsed.indicators(), notes, header.endYear(), warnings));
        indicatorLines.addAll(bodyLines(ward, parsed.bodyTargets(), existingPlan.map(Plan::indicators).orElse(List.of()),
                choices.bodyTargets()));
        // The Excel form carries only the appendices: what it lacks (title, signer) is kept from the earlier import.
        Plan.Content planContent = new Plan.Content(header.issuedOn(),
                header.title() != null ? header.title() : existingPlan.map(Plan::title).orElse(null),
                header.startYear(), header.endYear(),
                header.signer() != null ? header.signer() : existingPlan.map(Plan::signer).orElse(null), indicatorLines);
        ImportReport.Counts indicatorCounts = compareIndicators(indicatorLines,
                existingPlan.map(Plan::indicators).orElse(List.of()));

        Map<String, Task> existingTasks = mongo.find(ward, Criteria.where("planNumber").is(header.number()), Task.class)
                .stream().collect(Collectors.toMap(Task::key, Function.identity()));
        List<ImportReport.TaskPreview> previews = new ArrayList<>();
        List<Task> toSave = new ArrayList<>();
        int created = 0;
        int updated = 0;
        Instant now = clock.instant();
        RegimeSchedule regime = regimes.schedule(ward);
        Map<String, Integer> seenCodes = new HashMap<>();
        for (ParsedPlan.TaskRow row : parsed.tasks()) {
            String key = key(row.code() == null ? "p" + row.position() : row.code(), seenCodes);
            Task.Content content = new Task.Content(row.field(), row.title(), row.period(), notes.lead(row.leadUnit(), row.line()),
                    notes.all(row.coordinatingUnits(), row.line()), row.output(), row.directingLeader(), row.position());
            Task existing = existingTasks.get(key);
            String change;
            Task planned;
            if (existing == null) {
                change = "CREATED";
                created++;
                ReportingMode mode = ReportingDecision.decide(content.output(), content.period());
                List<Deliverable> deliverables = DeliverablePlanner.plan(content.period(), header.term(), mode, regime);
                planned = Task.assign(ward.ward(), ward.city(), header.number(), key, content, mode, deliverables, now,
                        taskEvents.assigned(ward, header.number(), key, content, mode));
                for (Deliverable d : deliverables) {
                    planned = planned.withEvent(taskEvents.deliverable(TaskEvents.DELIVERABLE_SCHEDULED, ward, planned, d, null));
                }
                toSave.add(planned);
            } else if (!existing.content().equals(content)) {
                change = "UPDATED";
                updated++;
                Task reassigned = planUnits.reassign(ward, existing, content, now);
                planned = schedules.replan(ward, reassigned, ReportingSchedules.modeOf(reassigned), regime);
                toSave.add(planned);
            } else {
                change = "UNCHANGED";
                planned = existing;
            }
            previews.add(new ImportReport.TaskPreview(key, content.field(), content.title(), content.period(),
                    content.leadUnit(), content.coordinatingUnits(), content.output(), content.directingLeader(), change,
                    planned.reporting(), planned.deliverables().stream()
                            .map(d -> new ImportReport.DuePreview(d.id(), d.dueDate())).toList()));
        }
        ImportReport.Counts taskCounts = new ImportReport.Counts(previews.size(), created, updated,
                previews.size() - created - updated);

        if (!dryRun) {
            toSave.forEach(task -> mongo.save(ward, task));
            // A ward's first import gives it its regime (and the event the others plan by); after the tasks are stored,
            // so the re-plan it triggers reads them as saved instead of racing this import's writes.
            regimes.followCity(List.of(ward));
            // The rows' mappings before the plan: a crash between the two leaves no stored plan unmapped.
            frameMapping.imported(ward, header.number(), indicatorLines);
            boolean planChanged = existingPlan.map(p -> !p.content().equals(planContent)).orElse(true);
            if (planChanged || created + updated > 0) {
                Plan stored = !planChanged ? existingPlan.get() : existingPlan
                        .map(p -> p.reimported(planContent, warnings, now, planEvents.imported(ward, header.number(), planContent, choices.effectiveFrom())))
                        .orElseGet(() -> Plan.imported(ward.ward(), ward.city(), header.number(), planContent, warnings, now,
                                planEvents.imported(ward, header.number(), planContent, choices.effectiveFrom())));
                // One entry in the trail for the import: the header and rows before and after, and what it did to the tasks.
                mongo.save(ward, stored.recorded(trail.record(ward.ward(), ward.city(), choices.by(), new AuditedChange(AuditKind.PLAN,
                        stored.id(), "Kế hoạch " + header.number(), existingPlan.isEmpty() ? "plan.imported" : "plan.reimported",
                        existingPlan.map(p -> p.state(null)).orElse(null), stored.state(taskCounts),
                        choices.effectiveFrom() == null ? null : "Điều chỉnh từ năm " + choices.effectiveFrom()))));
            }
            log.info("Plan {} imported for ward {}: tasks {} new, {} changed; indicators {} new, {} changed", header.number(),
                    ward.ward(), created, updated, indicatorCounts.created(), indicatorCounts.updated());
        }
        return new ImportReport(dryRun, new ImportReport.PlanSummary(header.number(), header.issuedOn(), header.title(),
                header.startYear(), header.endYear(), header.signer()), indicatorCounts, taskCounts,
                unresolvedUnits(header.number(), indicatorLines, previews, resolver), firstWhatNeedsAPerson(warnings),
                indicatorLines, previews, frameMapping.preview(ward, header.number(), indicatorLines), parsed.bodyTargets());
    }

    /**
     * The body targets the office accepts (now or at an earlier import, while the body still states them) as indicator
     * rows after the appendix's; 400 for a key the document does not offer or a unit the ward does not have.
     */
    private List<IndicatorLine> bodyLines(WardScope ward, List<BodyTarget> offered, List<IndicatorLine> existing,
            Map<String, String> accepted) {
        Map<String, BodyTarget> byKey = new LinkedHashMap<>();
        offered.forEach(b -> byKey.put(b.key(), b));
        for (String key : accepted.keySet()) {
            if (!byKey.containsKey(key)) {
                throw WardplanProblem.badRequest("plan.bodyTargetUnknown", key);
            }
        }
        Map<String, IndicatorLine> earlier = new HashMap<>();
        existing.stream().filter(IndicatorLine::fromBody).forEach(l -> earlier.put(l.key(), l));
        List<IndicatorLine> lines = new ArrayList<>();
        int position = 1000;
        for (BodyTarget body : byKey.values()) {
            if (!accepted.containsKey(body.key()) && !earlier.containsKey(body.key())) {
                continue;
            }
            String unitCode = accepted.get(body.key());
            UnitRef unit;
            if (unitCode != null && !unitCode.isBlank()) {
                unit = mongo.findOne(ward, Criteria.where("code").is(unitCode), vn.wardplan.task.unit.Unit.class)
                        .map(u -> new UnitRef(u.code(), u.name(), "EXACT"))
                        .orElseThrow(() -> WardplanProblem.badRequest("plan.bodyTargetUnit", unitCode));
            } else {
                unit = earlier.containsKey(body.key()) ? earlier.get(body.key()).advisingUnit() : new UnitRef(null, "", "NONE");
            }
            lines.add(IndicatorLine.ofBody(body, ++position, unit));
        }
        return lines;
    }

    /** The names no unit answers to, each with every row that carries it: what the office must map first. */
    private static List<PlanUnits.UnresolvedUnit> unresolvedUnits(String plan, List<IndicatorLine> indicators,
            List<ImportReport.TaskPreview> tasks, UnitNameResolver resolver) {
        Map<String, List<PlanUnits.Occurrence>> where = new LinkedHashMap<>();
        for (IndicatorLine line : indicators) {
            PlanUnits.note(where, line.advisingUnit(), new PlanUnits.Occurrence(plan, "INDICATOR", line.key(), line.name(), "ADVISING"));
        }
        for (ImportReport.TaskPreview task : tasks) {
            PlanUnits.note(where, task.leadUnit(), new PlanUnits.Occurrence(plan, "TASK", task.key(), task.title(), "LEAD"));
            for (UnitRef ref : task.coordinatingUnits()) {
                PlanUnits.note(where, ref, new PlanUnits.Occurrence(plan, "TASK", task.key(), task.title(), "COORDINATING"));
            }
        }
        return PlanUnits.list(where, resolver);
    }

    /** Unresolved units and untyped targets first (a person must decide them), then the rest in document order. */
    private static List<ImportWarning> firstWhatNeedsAPerson(List<ImportWarning> warnings) {
        List<String> first = List.of("UNIT_UNRESOLVED", "TARGET_NOT_TYPED");
        return warnings.stream().sorted(java.util.Comparator.comparingInt(w -> first.contains(w.code()) ? first.indexOf(w.code())
                : first.size())).toList();
    }

    private static List<IndicatorLine> indicatorLines(List<ParsedPlan.IndicatorRow> rows, UnitNotes notes, int endYear,
            List<ImportWarning> warnings) {
        java.util.Set<Integer> parents = new java.util.HashSet<>();
        rows.forEach(r -> { if (r.parentPosition() != null) parents.add(r.parentPosition()); });
        List<IndicatorLine> lines = new ArrayList<>();
        Map<String, Integer> seenCodes = new HashMap<>();
        Map<Integer, String> keyByPosition = new HashMap<>();
        Map<Integer, Integer> childrenByParent = new HashMap<>();
        for (ParsedPlan.IndicatorRow row : rows) {
            String key;
            String parentKey = null;
            if (row.parentPosition() != null) {
                parentKey = keyByPosition.get(row.parentPosition());
                key = parentKey + "." + childrenByParent.merge(row.parentPosition(), 1, Integer::sum);
            } else if (row.code() != null) {
                key = key(row.code(), seenCodes);
            } else {
                key = key("p" + row.position(), seenCodes);
            }
            keyByPosition.put(row.position(), key);
            TargetReader.Reading target = TargetReader.read(row.byEndText(), row.yearlyText(), row.name(), endYear);
            if (!target.unread().isEmpty()) {
                warnings.add(new ImportWarning("TARGET_NOT_TYPED", row.line(), "Chỉ tiêu " + (row.code() == null ? "" : row.code() + " ")
                        + "\"" + row.name() + "\": không đọc được mức " + String.join(", ", target.unread())
                        + (target.target() == null ? "; chỉ tiêu chưa có kiểu nên chưa đánh giá được" : "; chỉ đánh giá theo mức còn lại")
                        + ". Sau khi nhập, văn phòng nhập kiểu chỉ tiêu bằng tay trên trang chỉ tiêu."));
            } else if (target.target() == null && !parents.contains(row.position())) {
                warnings.add(new ImportWarning("TARGET_MISSING", row.line(), "Chỉ tiêu \"" + row.name()
                        + "\" không ghi mức chỉ tiêu; chưa đánh giá được cho đến khi có mức."));
            }
            lines.add(new IndicatorLine(key, row.position(), row.code(), parentKey, row.group(), row.name(), row.measureUnit(),
                    row.byEndText(), row.yearlyText(), row.directingLeader(), notes.lead(row.advisingUnit(), row.line()),
                    row.note(), target.target(), target.endTarget(), target.note(), false));
        }
        return lines;
    }

    /** "13" the first time, "13_2" the second: a repeated printed number never merges two rows. */
    private static String key(String code, Map<String, Integer> seen) {
        int occurrence = seen.merge(code, 1, Integer::sum);
        return occurrence == 1 ? code : code + "_" + occurrence;
    }

    private static ImportReport.Counts compareIndicators(List<IndicatorLine> lines, List<IndicatorLine> existing) {
        Map<String, IndicatorLine> before = existing.stream().collect(Collectors.toMap(IndicatorLine::key, Function.identity()));
        int created = 0;
        int updated = 0;
        for (IndicatorLine line : lines) {
            IndicatorLine old = before.get(line.key());
            if (old == null) {
                created++;
            } else if (!old.equals(line)) {
                updated++;
            }
        }
        return new ImportReport.Counts(lines.size(), created, updated, lines.size() - created - updated);
    }

    /** Resolves unit names and notes, once per distinct name, how each was resolved when it was not verbatim. */
    private static final class UnitNotes {
        private final UnitNameResolver resolver;
        private final List<ImportWarning> warnings;
        private final Map<String, Boolean> noted = new LinkedHashMap<>();

        UnitNotes(UnitNameResolver resolver, List<ImportWarning> warnings) {
            this.resolver = resolver;
            this.warnings = warnings;
        }

        UnitRef lead(String text, int line) {
            List<UnitRef> refs = all(text, line);
            return refs.isEmpty() ? new UnitRef(null, "", "UNRESOLVED") : refs.getFirst();
        }

        List<UnitRef> all(String cell, int line) {
            List<UnitRef> refs = new ArrayList<>();
            for (UnitNameResolver.Resolution resolution : resolver.resolveAll(cell)) {
                UnitRef ref = switch (resolution) {
                    case UnitNameResolver.Resolved r -> new UnitRef(r.code(), r.text(), r.how());
                    case UnitNameResolver.RelatedUnits r -> new UnitRef(null, r.text(), "RELATED");
                    case UnitNameResolver.Unresolved r -> new UnitRef(null, r.text(), "UNRESOLVED");
                };
                note(ref, line);
                refs.add(ref);
            }
            return refs;
        }

        private void note(UnitRef ref, int line) {
            if (noted.putIfAbsent(ref.text(), Boolean.TRUE) != null) {
                return;
            }
            switch (ref.resolution()) {
                case "TYPO", "SPELLING", "ALIAS", "SHORT_FORM" -> warnings.add(new ImportWarning("UNIT_RESOLVED", line,
                        "\"" + ref.text() + "\" được hiểu là đơn vị mã \"" + ref.code() + "\" (" + how(ref.resolution()) + ")."));
                case "UNRESOLVED" -> warnings.add(new ImportWarning("UNIT_UNRESOLVED", line, "\"" + ref.text()
                        + "\" không thuộc danh mục đơn vị của phường/xã; giữ nguyên tên như văn bản. Hãy gán tên này cho một"
                        + " đơn vị (hoặc tạo đơn vị mới) để đơn vị nhận việc, nhập số liệu và nhận nhắc việc."));
                default -> {
                }
            }
        }

        private static String how(String resolution) {
            return switch (resolution) {
                case "TYPO" -> "sửa lỗi chính tả";
                case "SPELLING" -> "khác cách viết";
                case "SHORT_FORM" -> "tên rút gọn";
                default -> "tên viết tắt / tên khác đã biết";
            };
        }
    }
}
