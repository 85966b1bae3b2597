package jp.akapen.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a claimed batch, opened at the first message and kept for the rest (issue 12: a connection
 * per mail cost most of the time; 1,000 mails must go in ≤ 30 s). Each message is handed over on its own, exactly as
 * the final guard read it (no header recomputed), so the caller can record its outcome before the next one. After a
 * failure the connection is closed and the next message opens a new one: a refused message never fails the others.
 * Errors come out as Spring's {@link org.springframework.mail.MailException}s, as {@link JavaMailSenderImpl} would
 * throw them, so {@link OutboxSender#classify} reads them the same way. A sender that is not a
 * {@link JavaMailSenderImpl} (a stand-in) is called once per message.
 */
final class SmtpBatch implements AutoCloseable {

    private final JavaMailSender server;
    private Transport transport;

    SmtpBatch(JavaMailSender server) {
        this.server = server;
    }

    void send(MimeMessage message) {
        if (!(server instanceof JavaMailSenderImpl impl)) {
            server.send(message);
            return;
        }
        try {
            if (transport == null || !transport.isConnected()) {
                transport = connect(impl);
            }
        } catch (AuthenticationFailedException e) {
            close();
            throw new MailAuthenticationException(e);
        } catch (MessagingException e) {
            close();
            throw new MailSendException("Mail server connection failed", e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) { // SendFailedException too: the recipients the server refused
            close();
            throw new MailSendException(Map.of(message, e));
        }
    }

    private static Transport connect(JavaMailSenderImpl impl) throws MessagingException {
        String username = impl.getUsername();
        String password = impl.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        String protocol = impl.getProtocol() != null ? impl.getProtocol()
                : impl.getSession().getProperty("mail.transport.protocol");
        Transport transport = impl.getSession().getTransport(protocol == null ? "smtp" : protocol);
        transport.connect(impl.getHost(), impl.getPort(), username, password);
        return transport;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages are handed over or recorded as failed already; a failing QUIT changes nothing
            }
            transport = null;
        }
    }
}
