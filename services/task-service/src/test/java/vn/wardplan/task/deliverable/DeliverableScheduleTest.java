package vn.wardplan.task.deliverable;

import vn.wardplan.task.task.Deliverable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The move of recorded work to a new plan of deliverables: nothing recorded is lost, a second run changes nothing. */
class DeliverableScheduleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void anUntouchedEndOfTermDeliverableMakesWayForThePeriodReports() {
        Deliverable finalOne = Deliverable.planned("final", 2030, LocalDate.of(2030, 11, 30));
        List<Deliverable> planned = List.of(Deliverable.planned("2026-6M", 2026, LocalDate.of(2026, 6, 16)),
                Deliverable.planned("2026", 2026, LocalDate.of(2026, 12, 16)));

        DeliverableSchedule.Merge merge = DeliverableSchedule.merge(List.of(finalOne), planned, TODAY);

        assertThat(merge.deliverables()).extracting(Deliverable::id).containsExactly("2026-6M", "2026");
        assertThat(merge.scheduled()).hasSize(2);
        assertThat(merge.cancelled()).containsExactly(finalOne);
    }

    @Test
    void whatWasReportedSubmittedAcceptedOrRescheduledStaysAsItWas() {
        Deliverable reported = Deliverable.planned("final", 2030, LocalDate.of(2030, 11, 30))
                .report(new Deliverable.Progress(AT, "kinhte.canbo", "kinh-te", "Đã khảo sát 12 tổ dân phố", 30, List.of()));
        Deliverable accepted = Deliverable.planned("2026", 2026, LocalDate.of(2026, 11, 30)).submitted(LocalDate.of(2026, 11, 25), null)
                .moveTo(Deliverable.Status.ACCEPTED, null);
        Deliverable rescheduled = Deliverable.planned("2027", 2027, LocalDate.of(2027, 11, 30))
                .reschedule(LocalDate.of(2027, 12, 20), "Chờ số liệu của thành phố", AT, "anduong.vanphong");
        List<Deliverable> planned = List.of(Deliverable.planned("2026", 2026, LocalDate.of(2026, 12, 16)),
                Deliverable.planned("2027", 2027, LocalDate.of(2027, 12, 16)));

        DeliverableSchedule.Merge merge = DeliverableSchedule.merge(List.of(reported, accepted, rescheduled), planned, TODAY);

        assertThat(merge.deliverables()).contains(reported, accepted, rescheduled).hasSize(3);
        assertThat(merge.cancelled()).isEmpty();
        assertThat(merge.scheduled()).isEmpty();
    }

    @Test
    void aClosedPeriodKeepsItsDueDateAndAnOpenOneFollowsTheRegime() {
        Deliverable closed = Deliverable.planned("2026-6M", 2026, LocalDate.of(2026, 6, 16));
        Deliverable open = Deliverable.planned("2027", 2027, LocalDate.of(2027, 11, 30));
        List<Deliverable> planned = List.of(Deliverable.planned("2026-6M", 2026, LocalDate.of(2026, 6, 19)),
                Deliverable.planned("2027", 2027, LocalDate.of(2027, 12, 16)));

        DeliverableSchedule.Merge merge = DeliverableSchedule.merge(List.of(closed, open), planned, TODAY);

        assertThat(merge.deliverables()).extracting(Deliverable::dueDate)
                .containsExactly(LocalDate.of(2026, 6, 16), LocalDate.of(2027, 12, 16));
        assertThat(merge.scheduled()).extracting(Deliverable::id).containsExactly("2027");
    }

    @Test
    void aClosedPeriodTheRegimeNoLongerAsksForStays() {
        Deliverable closedQuarter = Deliverable.planned("2026-Q3", 2026, LocalDate.of(2026, 9, 16));

        DeliverableSchedule.Merge merge = DeliverableSchedule.merge(List.of(closedQuarter), List.of(), TODAY);

        assertThat(merge.deliverables()).containsExactly(closedQuarter);
        assertThat(merge.changesAnything()).isFalse();
    }

    @Test
    void mergingTwiceChangesNothingTheSecondTime() {
        List<Deliverable> existing = List.of(Deliverable.planned("final", 2030, LocalDate.of(2030, 11, 30)),
                Deliverable.planned("2026", 2026, LocalDate.of(2026, 11, 30)).submitted(LocalDate.of(2026, 11, 28), "PAPER"));
        List<Deliverable> planned = List.of(Deliverable.planned("2026-6M", 2026, LocalDate.of(2026, 6, 16)),
                Deliverable.planned("2026", 2026, LocalDate.of(2026, 12, 16)), Deliverable.planned("2027", 2027, LocalDate.of(2027, 12, 16)));

        DeliverableSchedule.Merge first = DeliverableSchedule.merge(existing, planned, TODAY);
        DeliverableSchedule.Merge second = DeliverableSchedule.merge(first.deliverables(), planned, TODAY);

        assertThat(second.changesAnything()).isFalse();
        assertThat(second.deliverables()).isEqualTo(first.deliverables());
    }
}
