package vn.wardplan.reporting.timeliness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import vn.wardplan.reporting.dashboard.WardDashboard;
import vn.wardplan.reporting.indicator.IndicatorView;
import vn.wardplan.reporting.task.TaskView;
import vn.wardplan.reporting.task.WardDues;

/**
 * What each unit owes for one reporting period, and where each item stands: the report of every task it leads for the
 * period (a one-off counts in the annual period of its due year), and the value of every indicator it advises for
 * the period (the 6-month estimate, the annual value), due on the units' deadline. Pure Java over the read models.
 */
public final class PeriodLedger {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> VALUE_KINDS = Set.of("QUARTER", "HALF_YEAR", "YEAR");

    /** One thing owed: a task's report or an indicator's value, with the texts the unit sent (for the draft). */
    public record Owed(String unit, String kind, String itemId, String deliverableId, String key, String title, LocalDate dueDate,
            String status, LocalDate doneOn, String receivedVia, Standing standing, String link, List<String> texts, Double value) {
    }

    private PeriodLedger() {
    }

    /**
     * @param period the regime's period, or null when the ward's regime is not known yet (then only task reports count,
     *        by their own due dates)
     */
    public static List<Owed> owed(String key, int year, boolean annual, RegimePeriods.Period period, List<TaskView> tasks,
            List<IndicatorView> indicators, LocalDate today) {
        List<Owed> owed = new ArrayList<>();
        for (TaskView task : tasks) {
            String lead = task.leadUnit() == null ? null : task.leadUnit().code();
            if (lead == null || task.deliverables() == null) {
                continue;
            }
            for (TaskView.DeliverableView d : task.deliverableList()) {
                if (!ofPeriod(key, year, annual, d.id(), d.year()) || d.dueDate() == null) {
                    continue;
                }
                boolean done = sent(d.status());
                LocalDate doneOn = done ? java.util.Objects.requireNonNullElse(d.doneOn(VIETNAM), d.dueDate()) : null;
                List<String> texts = d.progress() == null ? List.of() : d.progress().stream().map(TaskView.Progress::text).toList();
                owed.add(new Owed(lead, "TASK_REPORT", task.id(), d.id(), task.key(), task.title(), d.dueDate(),
                        d.statusOn(today), doneOn, d.receivedVia(), Standing.of(d.dueDate(), doneOn, today),
                        "/tasks/" + task.id(), texts, null));
            }
        }
        if (period != null && VALUE_KINDS.contains(period.kind())) {
            for (IndicatorView i : indicators) {
                if (i.advisingUnitCode() == null || i.startYear() == null || i.endYear() == null || year < i.startYear()
                        || year > i.endYear()) {
                    continue;
                }
                IndicatorView.PeriodValue value = i.values() == null ? null : i.values().get(key);
                boolean done = value != null && ("SUBMITTED".equals(value.state()) || "APPROVED".equals(value.state()));
                LocalDate doneOn = done ? (value.submittedAt() != null ? value.submittedAt() : value.at()).atZone(VIETNAM).toLocalDate() : null;
                owed.add(new Owed(i.advisingUnitCode(), "INDICATOR_VALUE", i.id(), null, i.code() == null ? i.key() : i.code(), i.name(),
                        period.unitsDue(), value == null ? "MISSING" : value.state(), doneOn, null,
                        Standing.of(period.unitsDue(), doneOn, today), "/indicators/" + i.id(), List.of(),
                        value == null ? null : value.value()));
            }
        }
        owed.sort(Comparator.comparing(Owed::unit).thenComparing(Owed::kind).thenComparing(o -> WardDashboard.keyOrder(o.key())));
        return owed;
    }

    /**
     * The task reports' part of {@link #owed}, counted from a ward's compact dues instead of its task documents: the same
     * periods, the same days, the same four classes (the city's comparison counts every ward's year this way).
     */
    public static Tally taskTally(String key, int year, boolean annual, WardDues dues, LocalDate today) {
        Tally tally = Tally.NONE;
        if (dues.dues() == null) {
            return tally;
        }
        for (WardDues.Due d : dues.dues().values()) {
            if (dues.leadOf(d) == null || !ofPeriod(key, year, annual, d.deliverableId(), d.year()) || d.dueDate() == null) {
                continue;
            }
            LocalDate doneOn = sent(d.status()) ? java.util.Objects.requireNonNullElse(d.doneOn(), d.dueDate()) : null;
            tally = tally.plus(Standing.of(d.dueDate(), doneOn, today));
        }
        return tally;
    }

    /** A deliverable reports the period it is named for; a one-off counts in the annual period of its year. */
    private static boolean ofPeriod(String key, int year, boolean annual, String deliverableId, Integer deliverableYear) {
        return key.equals(deliverableId) || annual && "final".equals(deliverableId) && deliverableYear != null && deliverableYear == year;
    }

    private static boolean sent(String status) {
        return "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
    }

    public static Tally tally(List<Owed> owed) {
        Tally tally = Tally.NONE;
        for (Owed o : owed) {
            tally = tally.plus(o.standing());
        }
        return tally;
    }
}
