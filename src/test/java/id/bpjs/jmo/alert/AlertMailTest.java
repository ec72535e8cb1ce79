package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;

import id.bpjs.jmo.security.Role;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Alerts reach the branch's manager and, for complaint deadlines, the assignee, each in their language, through a
 * real SMTP server; once when they open, once when they end.
 */
class AlertMailTest extends AlertTestBase {

    @Autowired
    AlertService alerts;
    @Autowired
    AlertMail mail;

    private final LocalDate today = LocalDate.now();

    private static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    /** The text part of a message (alerts carry the alert as a CSV attachment besides the text). */
    static String body(MimeMessage message) {
        try {
            var content = message.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                return text(multipart);
            }
            return content.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                return text(nested);
            }
            if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return part.getContent().toString();
            }
        }
        throw new IllegalStateException("no text part");
    }

    /** The deadline alerts' messages (the branch may also have a date-dependent IKM sample alert). */
    private static List<MimeMessage> deadlineMail(String address) {
        return mailTo(address).stream().filter(m -> {
            var subject = subjects(List.of(m)).getFirst();
            return subject.contains("time limit") || subject.contains("batas waktu");
        }).toList();
    }

    @Test
    void deadline_alerts_go_to_the_branch_manager_in_english_and_to_the_assignee_in_indonesian_once() {
        var b = branch(3000);
        var name = "Uji " + code(b);
        user("uji.manajer.surat", Role.MANAGER, b, "manajer.surat@cabang.example", "en");
        var staff = user("uji.petugas.surat", Role.STAFF, b, "petugas.surat@cabang.example", "id");
        user("uji.manajer.tanpa", Role.MANAGER, b, null, "id");
        var old = today.minusDays(40).atTime(9, 0);
        complaint(b, old, "LOGIN_OTP", null, "IN_PROGRESS", staff, old.plusHours(1), null);

        mail.send(alerts.evaluate(today));

        var manager = deadlineMail("manajer.surat@cabang.example");
        assertThat(subjects(manager)).containsExactly(
                "[JMO] An assignee has complaints past their time limit – " + name,
                "[JMO] Complaints past their time limit – " + name);
        var branchMail = manager.stream().filter(m -> subjects(List.of(m)).getFirst().contains("[JMO] Complaints"))
                .findFirst().orElseThrow();
        assertThat(body(branchMail)).contains("Dear Nama uji.manajer.surat,")
                .contains("1 open complaint is past their time limit and 0 will pass it within 1 working day")
                .contains("http://localhost:8080/pengaduan?periode=kustom&dari=" + old.toLocalDate() + "&sampai="
                        + today + "&cabang=" + code(b) + "&terlambat=1");
        var assignee = deadlineMail("petugas.surat@cabang.example");
        assertThat(subjects(assignee)).containsExactly("[JMO] Pengaduan petugas melewati batas waktu – " + name);
        assertThat(body(assignee.getFirst())).contains("Yth. Nama uji.petugas.surat,")
                .contains("Nama uji.petugas.surat: 1 pengaduan yang ditangani melewati batas waktu");

        mail.send(alerts.evaluate(today));
        assertThat(deadlineMail("manajer.surat@cabang.example")).hasSize(2);
        assertThat(deadlineMail("petugas.surat@cabang.example")).hasSize(1);

        jdbc.update("update complaint set status = 'RESOLVED', resolved_at = ? where branch_id = ?",
                Timestamp.valueOf(LocalDateTime.now()), b);
        mail.send(alerts.evaluate(today));
        assertThat(subjects(mailTo("manajer.surat@cabang.example"))).contains(
                "[JMO] Ended: Complaints past their time limit – " + name);
        assertThat(subjects(mailTo("petugas.surat@cabang.example"))).contains(
                "[JMO] Berakhir: Pengaduan petugas melewati batas waktu – " + name);
        assertThat(deadlineMail("manajer.surat@cabang.example")).hasSize(4);
    }
}
