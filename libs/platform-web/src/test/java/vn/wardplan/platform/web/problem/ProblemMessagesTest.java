package vn.wardplan.platform.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemMessagesTest {

    final ProblemMessages messages = new ProblemMessages();

    @Test
    void vietnameseUnlessTheClientPrefersEnglish() {
        MockHttpServletRequest vietnamese = new MockHttpServletRequest();
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "en-US,en;q=0.9");

        assertThat(ProblemMessages.localeOf(vietnamese)).isEqualTo(ProblemMessages.VIETNAMESE);
        assertThat(ProblemMessages.localeOf(english)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aProblemCarriesTypeCodeAndWordsInTheChosenLanguage() {
        ProblemDetail vi = messages.problem(HttpStatus.FORBIDDEN, "ward.other", new Object[] {"le-chan"}, ProblemMessages.VIETNAMESE);
        ProblemDetail en = messages.problem(HttpStatus.FORBIDDEN, "ward.other", new Object[] {"le-chan"}, Locale.ENGLISH);

        assertThat(vi.getType().toString()).isEqualTo("https://wardplan.vn/problems/ward.other");
        assertThat(vi.getTitle()).isEqualTo("Không được truy cập dữ liệu của phường, xã khác");
        assertThat(vi.getDetail()).contains("\"le-chan\"");
        assertThat(en.getTitle()).isEqualTo("Another ward's data is not accessible");
        assertThat(vi.getProperties()).containsEntry("code", "ward.other");
    }
}
