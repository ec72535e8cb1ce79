package id.bpjs.jmo.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.Role;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager's subscription mails the findings deck as a file that opens (PDF, PPTX), on the first working day after
 * its period, once; an admin sees and stops it.
 */
class DeckSubscriptionsTest extends AlertTestBase {

    @Autowired
    DeckSubscriptions subscriptions;
    @Autowired
    BranchService branches;

    private final LocalDate today = LocalDate.now();

    private record File(String name, byte[] bytes) {
    }

    private static File attachment(MimeMessage message) throws Exception {
        var multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return new File(part.getFileName(), part.getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("no attachment");
    }

    /** Deck messages only: the subscriber, a branch manager, may also receive the branch's alerts. */
    private static java.util.List<MimeMessage> deckMail(String address) {
        return mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("[JMO] Findings deck") || m.getSubject().startsWith("[JMO] Deck");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void a_subscribed_deck_arrives_as_a_pdf_and_a_pptx_that_open() throws Exception {
        var pwt = branches.byCode("PWT").orElseThrow().getId();
        user("uji.langganan", Role.MANAGER, pwt, "langganan@cabang.example", "en");
        var pdf = new AtomicLong();
        var pptx = new AtomicLong();
        as("uji.langganan", () -> {
            pdf.set(subscriptions.subscribe(pwt, PeriodKind.MONTHLY, DeckFormat.PDF, today));
            pptx.set(subscriptions.subscribe(pwt, PeriodKind.SEMESTER, DeckFormat.PPTX, today));
            assertThat(subscriptions.list()).extracting(DeckSubscriptions.Subscription::id)
                    .containsExactlyInAnyOrder(pdf.get(), pptx.get());
            assertThat(subscriptions.sendNow(pdf.get(), today)).isTrue();
            assertThat(subscriptions.sendNow(pptx.get(), today)).isTrue();
        });

        var messages = deckMail("langganan@cabang.example");
        assertThat(messages).hasSize(2);
        var month = PeriodKind.MONTHLY.lastComplete(today);
        var pdfMail = messages.stream().filter(m -> {
            try {
                return attachment(m).name().endsWith(".pdf");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(pdfMail.getSubject()).startsWith("[JMO] Findings deck Purwokerto,");
        var file = attachment(pdfMail);
        // named in the subscriber's language, as the page names the deck it downloads
        assertThat(file.name()).isEqualTo("findings-jmo-pwt-" + month.from() + "-" + month.to() + ".pdf");
        var reader = new PdfReader(file.bytes());
        assertThat(reader.getNumberOfPages()).isGreaterThan(3);
        reader.close();
        var pptxMail = messages.stream().filter(m -> m != pdfMail).findFirst().orElseThrow();
        try (var show = new XMLSlideShow(new ByteArrayInputStream(attachment(pptxMail).bytes()))) {
            assertThat(show.getSlides().size()).isGreaterThan(3);
        }
    }

    @Test
    void the_schedule_sends_each_period_once_from_the_first_working_day_after_it_and_not_after_a_stop()
            throws Exception {
        var b = branch(3000);
        user("uji.jadwal", Role.MANAGER, b, "jadwal@cabang.example", "id");
        var id = new AtomicLong();
        as("uji.jadwal", () -> id.set(subscriptions.subscribe(b, PeriodKind.MONTHLY, DeckFormat.PDF, today)));

        // the month that ended before the subscription is not sent by the schedule
        subscriptions.deliverDue(today);
        assertThat(deckMail("jadwal@cabang.example")).isEmpty();

        var monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        var firstWorkingDay = subscriptions.firstWorkingDayAfter(monthEnd);
        subscriptions.deliverDue(firstWorkingDay.minusDays(1));
        assertThat(deckMail("jadwal@cabang.example")).isEmpty();
        subscriptions.deliverDue(firstWorkingDay);
        assertThat(deckMail("jadwal@cabang.example")).hasSize(1);
        assertThat(attachment(deckMail("jadwal@cabang.example").getFirst()).name()).startsWith("temuan-jmo-")
                .endsWith(".pdf");
        subscriptions.deliverDue(firstWorkingDay);
        subscriptions.deliverDue(firstWorkingDay.plusDays(1));
        assertThat(deckMail("jadwal@cabang.example")).hasSize(1);

        as("admin", () -> {
            assertThat(subscriptions.list()).anyMatch(s -> s.id() == id.get() && s.active());
            subscriptions.stop(id.get());
            assertThat(subscriptions.list()).anyMatch(s -> s.id() == id.get() && !s.active()
                    && "admin".equals(s.stoppedBy()));
        });
        subscriptions.deliverDue(firstWorkingDay.plusMonths(1).plusDays(7));
        assertThat(deckMail("jadwal@cabang.example")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from settings_change where area = 'subscription'"
                + " and item like 'uji.jadwal %' and new_value = 'dihentikan'", Long.class)).isEqualTo(1);
    }

    @Test
    void a_manager_cannot_stop_another_managers_subscription_nor_subscribe_without_an_address() {
        var b = branch(3000);
        user("uji.pemilik", Role.MANAGER, b, "pemilik@cabang.example", "id");
        user("uji.tanpa.surel", Role.MANAGER, b, null, "id");
        var id = new AtomicLong();
        as("uji.pemilik", () -> id.set(subscriptions.subscribe(b, PeriodKind.MONTHLY, DeckFormat.PDF, today)));

        as("uji.tanpa.surel", () -> {
            assertThatThrownBy(() -> subscriptions.stop(id.get())).isInstanceOf(MessageKeyException.class)
                    .hasMessage("subscription.notFound");
            assertThatThrownBy(() -> subscriptions.subscribe(b, PeriodKind.MONTHLY, DeckFormat.PDF, today))
                    .isInstanceOf(MessageKeyException.class).hasMessage("subscription.noEmail");
            assertThat(subscriptions.list()).isEmpty();
        });
    }
}
