package vn.wardplan.notification;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.wardplan.notification.recipient.Officials;

/** Monday 2 November 2026, 09:00 in Vietnam, on a clock the test moves; and the demo realm's officials as the directory. */
@TestConfiguration(proxyBeanMethods = false)
public class TestFixtures {

    @Bean
    TestClock clock() {
        return new TestClock(Instant.parse("2026-11-02T02:00:00Z"));
    }

    @Bean
    @Primary
    Officials testDirectory() {
        return new TestDirectory();
    }
}
