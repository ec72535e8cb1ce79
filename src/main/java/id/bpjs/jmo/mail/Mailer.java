package id.bpjs.jmo.mail;

import jakarta.mail.MessagingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail through the SMTP server configured by {@code JMO_MAIL_HOST}, {@code JMO_MAIL_PORT},
 * {@code JMO_MAIL_USERNAME}, {@code JMO_MAIL_PASSWORD}, {@code JMO_MAIL_STARTTLS} and {@code JMO_MAIL_FROM} (see
 * application.properties). Without a host Spring Boot creates no {@link JavaMailSender}: the app runs, nothing is
 * sent, and {@link #status()} says that e-mail is off so the admin pages can show it.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** A file sent with a message: its name, MIME type and bytes. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /** One message to one address, plain text in UTF-8. */
    public record Message(String to, String subject, String text, List<Attachment> attachments) {
    }

    /** What the admin pages show: whether e-mail goes out, and through which server and sender. */
    public record Status(boolean enabled, String host, int port, String from) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String host;
    private final int port;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${jmo.mail.from}") String from,
            @Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:0}") int port) {
        this.sender = sender;
        this.from = from;
        this.host = host;
        this.port = port;
    }

    /** Whether {@code address} is one e-mail address (name@domain.tld, no display name): what users may be given. */
    public static boolean isAddress(String address) {
        return address.matches("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+") && address.length() <= 254;
    }

    public Status status() {
        return new Status(enabled(), host, port, from);
    }

    public boolean enabled() {
        return !host.isBlank() && sender.getIfAvailable() != null;
    }

    /**
     * Sends one message. Returns false (and logs why) when e-mail is off or the server refused it: a failed e-mail
     * must not undo the alert or stop the other recipients' messages.
     */
    public boolean send(Message message) {
        var mail = sender.getIfAvailable();
        if (host.isBlank() || mail == null) {
            return false;
        }
        try {
            var mime = mail.createMimeMessage();
            var helper = new MimeMessageHelper(mime, !message.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            for (var attachment : message.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.bytes()),
                        attachment.contentType());
            }
            mail.send(mime);
            return true;
        } catch (MessagingException | MailException failed) {
            log.warn("E-mail to {} not sent: {}", message.to(), failed.getMessage());
            return false;
        }
    }
}
