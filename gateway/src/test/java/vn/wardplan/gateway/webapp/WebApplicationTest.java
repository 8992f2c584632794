package vn.wardplan.gateway.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebApplicationTest {

    @Test
    void theApplicationsOwnRoutesGetIndexHtmlWhileServerPathsAndFilesDoNot() {
        assertThat(WebApplication.isClientRoute("/")).isTrue();
        assertThat(WebApplication.isClientRoute("/indicators/an-duong:86-KH-UBND:1")).isTrue();
        assertThat(WebApplication.isClientRoute("/tasks")).isTrue();
        assertThat(WebApplication.isClientRoute("/indicators/an-duong:86-KH-UBND:7.1")).as("a sub-indicator").isTrue();

        assertThat(WebApplication.isClientRoute("/api/me")).isFalse();
        assertThat(WebApplication.isClientRoute("/oauth2/authorization/keycloak")).isFalse();
        assertThat(WebApplication.isClientRoute("/login/oauth2/code/keycloak")).isFalse();
        assertThat(WebApplication.isClientRoute("/logout")).isFalse();
        assertThat(WebApplication.isClientRoute("/actuator/health")).isFalse();
        assertThat(WebApplication.isClientRoute("/assets/index-abc.js")).isFalse();
        assertThat(WebApplication.isClientRoute("/favicon.ico")).isFalse();
    }
}
