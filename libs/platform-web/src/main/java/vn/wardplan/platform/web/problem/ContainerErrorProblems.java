package vn.wardplan.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees it — a malformed request line, an invalid character in the path, a
 * request line or headers beyond its limits — is answered with problem details (JSON, no server name or stack),
 * instead of Tomcat's HTML error page.
 */
@Component
public class ContainerErrorProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as problem details. */
    public static final class ProblemValve extends ErrorReportValve {

        public ProblemValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String title = switch (status) {
                case 400 -> "Yêu cầu không hợp lệ";
                case 404 -> "Không tìm thấy";
                case 413 -> "Yêu cầu quá lớn";
                case 414 -> "Địa chỉ quá dài";
                case 431 -> "Phần đầu yêu cầu quá lớn";
                default -> "Lỗi";
            };
            String body = "{\"type\":\"https://wardplan.vn/problems/http." + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"code\":\"http." + status + "\"}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone; nothing more to say.
            }
        }
    }
}
