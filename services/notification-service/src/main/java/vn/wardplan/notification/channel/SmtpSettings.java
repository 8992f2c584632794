package vn.wardplan.notification.channel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many SMTP connections the service keeps open and reuses (per replica), and how long one may sit idle before
 * it is closed: mail servers drop idle clients after a few minutes (Postfix after 300 s), so ours are closed first.
 */
@ConfigurationProperties("wardplan.notification.smtp")
record SmtpSettings(@DefaultValue("16") int connections, @DefaultValue("30s") Duration idle) {
}
