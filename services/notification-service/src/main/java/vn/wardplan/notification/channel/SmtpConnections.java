package vn.wardplan.notification.channel;

import java.time.Duration;

import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Open SMTP connections, reused from one mail to the next (Apache Commons Pool): a mail no longer pays for the
 * connection, the greeting and EHLO, which were most of its cost when 100,000 reminders fall due at once. A
 * connection that failed is thrown away; a mail whose connection failed (the server may have closed it while it sat
 * idle) is tried once more on a new one, while a mail the server refused is not (the reminder's back-off retries it).
 */
@Component
class SmtpConnections implements DisposableBean {

    private final JavaMailSenderImpl mail;
    private final GenericObjectPool<Transport> pool;

    SmtpConnections(JavaMailSenderImpl mail, SmtpSettings settings) {
        this.mail = mail;
        GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(settings.connections());
        config.setMaxIdle(settings.connections());
        config.setMinIdle(0);
        config.setMinEvictableIdleDuration(settings.idle());
        config.setTimeBetweenEvictionRuns(settings.idle().dividedBy(2).isZero() ? Duration.ofSeconds(1) : settings.idle().dividedBy(2));
        config.setNumTestsPerEvictionRun(settings.connections());
        config.setJmxEnabled(false);
        this.pool = new GenericObjectPool<>(new Connections(), config);
    }

    /**
     * A new message whose Message-ID is the one given, not a random one: the same reminder sent again to the same
     * address (a replica took it over after a crash between the server's acceptance and the delivery log) carries the
     * same id, which is how mail servers and clients recognise a repeated message.
     */
    MimeMessage message(String messageId) {
        return new MimeMessage(mail.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    /** Sends a prepared message on a pooled connection. */
    void send(MimeMessage message) {
        try {
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailSendException("Could not prepare the mail: " + e.getMessage(), e);
        }
        Transport reused = borrow();
        try {
            reused.sendMessage(message, message.getAllRecipients());
            pool.returnObject(reused);
            return;
        } catch (SendFailedException refused) {
            // The server answered and refused (an address, the message): sending it again would be refused again.
            invalidate(reused);
            throw new MailSendException("SMTP refused the mail: " + refused.getMessage(), refused);
        } catch (MessagingException first) {
            // The connection failed (closed while idle, reset): nothing was accepted on it, so one new connection tries.
            invalidate(reused);
            try {
                sendOnce(message);
            } catch (MessagingException second) {
                second.addSuppressed(first);
                throw new MailSendException("SMTP refused the mail: " + second.getMessage(), second);
            }
        }
    }

    /** The one retry, on a connection of its own that is closed afterwards. */
    private void sendOnce(MimeMessage message) throws MessagingException {
        Transport fresh = open();
        try {
            fresh.sendMessage(message, message.getAllRecipients());
        } finally {
            close(fresh);
        }
    }

    private Transport borrow() {
        try {
            return pool.borrowObject();
        } catch (Exception e) {
            throw new MailSendException("No SMTP connection: " + e.getMessage(), e);
        }
    }

    private Transport open() throws MessagingException {
        Transport transport = mail.getSession().getTransport(mail.getProtocol());
        transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        return transport;
    }

    private void invalidate(Transport transport) {
        try {
            pool.invalidateObject(transport);
        } catch (Exception ignored) {
            // Already gone: nothing to give back.
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // Closing a broken connection can fail; it is dropped either way.
        }
    }

    @Override
    public void destroy() {
        pool.close();
    }

    private final class Connections extends BasePooledObjectFactory<Transport> {
        @Override
        public Transport create() throws MessagingException {
            return open();
        }

        @Override
        public PooledObject<Transport> wrap(Transport transport) {
            return new DefaultPooledObject<>(transport);
        }

        @Override
        public void destroyObject(PooledObject<Transport> connection) {
            close(connection.getObject());
        }
    }
}
