package vn.wardplan.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.wardplan.notification.channel.MailText;
import vn.wardplan.notification.deadline.Deadline;

/** What a reminder says on the day it is read. */
class ReminderTextTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 30);
    static final Deadline DEADLINE = new Deadline("deliverable:t/2026", "an-duong", "hai-phong", Deadline.Kind.DELIVERABLE, "t", "2026",
            "Báo cáo kết quả thực hiện", "/tasks/t", DUE, "kinh-te", List.of(), "Chủ tịch UBND phường", true, Instant.EPOCH);

    @Test
    void aDueReminderThatGoesOutTheDayAfterSaysItIsOverdueNotThatItIsDueToday() {
        MailText late = text(Reminder.Kind.DUE, DUE.plusDays(1), 1, true);

        assertThat(late.subject()).startsWith("[wardplan] Quá hạn 1 ngày làm việc").doesNotContain("Hôm nay");
        assertThat(late.body()).contains("đã quá hạn 1 ngày làm việc (hạn 30/11/2026)").doesNotContain("đến hạn hoàn thành hôm nay")
                .contains("Thư này đến muộn hơn lịch nhắc").doesNotContain("Nhắc muộn:");
        assertThat(text(Reminder.Kind.DUE, DUE, 0, false).subject()).startsWith("[wardplan] Hôm nay đến hạn");
    }

    @Test
    void everyKindOfDeadlineHasItsWordsInBothLanguages() {
        // An explanation's reminder failed to send for want of "item.EXPLANATION" until 2026-12-02.
        for (Deadline.Kind item : Deadline.Kind.values()) {
            Deadline deadline = new Deadline(item + ":x", "an-duong", "hai-phong", item, "x", "2026", "Vì sao giải ngân chậm?",
                    "/x", DUE, "kinh-te", List.of(), "Chủ tịch UBND phường", true, Instant.EPOCH);
            for (Reminder.Kind kind : Reminder.Kind.values()) {
                for (String locale : List.of("vi", "en")) {
                    Reminder reminder = new Reminder("r", "an-duong", "hai-phong", deadline.id(), DUE, kind, 1, Instant.EPOCH, false,
                            Reminder.Status.SENDING, null, null, null, 1, List.of(), Instant.EPOCH, null);
                    MailText text = ReminderText.of(reminder, deadline, "Trần Văn Kinh", locale, 2, Map.of("kinh-te", "Phòng Kinh tế"),
                            "http://localhost:8080/x", DUE.minusDays(3));
                    assertThat(text.subject()).as(item + " " + kind + " " + locale).contains("Vì sao giải ngân chậm?");
                }
            }
        }
        assertThat(text(Reminder.Kind.BEFORE, DUE.minusDays(3), 2, false).subject()).contains("Nhiệm vụ");
    }

    private static MailText text(Reminder.Kind kind, LocalDate today, int workingDays, boolean late) {
        Reminder reminder = new Reminder("r", "an-duong", "hai-phong", DEADLINE.id(), DUE, kind, 1, Instant.EPOCH, late,
                Reminder.Status.SENDING, null, null, null, 1, List.of(), Instant.EPOCH, null);
        return ReminderText.of(reminder, DEADLINE, "Trần Văn Kinh", "vi", workingDays, Map.of("kinh-te", "Phòng Kinh tế"),
                "http://localhost:8080/tasks/t", today);
    }
}
