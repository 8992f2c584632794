package vn.wardplan.task.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import vn.wardplan.platform.web.problem.WardplanProblem;

/** One ward's imports cannot take another's share, and a reading past its time is answered at once. */
class ImportGateTest {

    static ImportLimits limits(Duration timeLimit, int perWard, int perService) {
        return new ImportLimits(DataSize.ofMegabytes(2), 300, DataSize.ofMegabytes(12), 100, 600_000, 20_000, 20_000, 64, 5_000, 20,
                timeLimit, perWard, perService);
    }

    @Test
    void aWardRunsOneImportAtATimeAndTheServiceItsShareOthersAreToldToRetry() {
        ImportGate gate = new ImportGate(limits(Duration.ofSeconds(5), 1, 2));
        try (ImportGate.Permit first = gate.enter("an-duong")) {
            assertThatThrownBy(() -> gate.enter("an-duong")).isInstanceOfSatisfying(WardplanProblem.class, p -> {
                assertThat(p.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                assertThat(p.key()).isEqualTo("plan.wardBusy");
            });
            try (ImportGate.Permit other = gate.enter("le-chan")) {
                assertThatThrownBy(() -> gate.enter("hong-bang")).isInstanceOfSatisfying(WardplanProblem.class,
                        p -> assertThat(p.key()).isEqualTo("plan.busy"));
            }
            gate.enter("hong-bang").close();
        }
        gate.enter("an-duong").close();
        gate.destroy();
    }

    @Test
    void aReadingPastItsTimeIsRefusedAtOnceAndItsShareStaysTakenUntilItReallyEnds() throws Exception {
        ImportGate gate = new ImportGate(limits(Duration.ofMillis(200), 1, 1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        ImportGate.Permit slow = gate.enter("an-duong");
        assertThatThrownBy(() -> slow.read(() -> {
            try {
                // A reading that does not notice interruption, as a long regex would not.
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
                return "done";
            } finally {
                ended.countDown();
            }
        })).isInstanceOf(DocumentTooLargeException.class).hasMessageContaining("mất hơn");
        slow.close();

        assertThatThrownBy(() -> gate.enter("le-chan")).isInstanceOf(WardplanProblem.class);
        release.countDown();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100);
        try (ImportGate.Permit next = gate.enter("le-chan")) {
            assertThat(next.read(() -> "read")).isEqualTo("read");
        }
        gate.destroy();
    }
}
