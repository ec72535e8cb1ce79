package id.bpjs.jmo.alert;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.base.web.LinkNames;
import id.bpjs.jmo.mail.Mailer;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.UserService;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Mails opened and ended alerts to the branch's managers (role MANAGER, home branch = the alert's branch) and, for an
 * assignee's complaint deadlines, to the assignee; each in their language. People without an e-mail address get
 * nothing; with e-mail off nothing is sent.
 */
@Service
public class AlertMail {

    private final AlertService alerts;
    private final UserService users;
    private final Mailer mailer;
    private final String publicUrl;

    AlertMail(AlertService alerts, UserService users, Mailer mailer, @Value("${jmo.public-url}") String publicUrl) {
        this.alerts = alerts;
        this.users = users;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Sends the notices of one evaluation; returns how many messages went out. */
    int send(AlertService.Evaluation evaluation) {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (var item : alerts.byIds(evaluation.opened())) {
            sent += notify(item, false);
        }
        for (var item : alerts.byIds(evaluation.closed())) {
            sent += notify(item, true);
        }
        return sent;
    }

    /**
     * The alert as a one-row CSV (UTF-8 with BOM, semicolons, as Excel in an Indonesian locale opens it): rule,
     * branch, opened, ended, the text with its numbers and test, and the link to the records, so the alert can be
     * filed with the meeting's papers. Name: {@code peringatan-<RULE>-<BRANCH>.csv}.
     */
    static Mailer.Attachment attachment(AlertService.AlertItem item, boolean ended, java.util.Locale locale,
            String publicUrl) {
        var header = List.of(Translations.get(locale, "mail.alert.csv.rule"), Translations.get(locale, "alert.branch"),
                Translations.get(locale, "mail.alert.csv.opened"), Translations.get(locale, "mail.alert.csv.ended"),
                Translations.get(locale, "mail.alert.csv.text"), Translations.get(locale, "mail.alert.csv.link"));
        var closedAt = item.closedAt();
        var row = List.of(AlertTexts.title(item.rule(), locale), item.branchCode() + " " + item.branchName(),
                Formats.dateTime(item.openedAt(), locale), ended && closedAt != null ? Formats.dateTime(closedAt, locale) : "",
                AlertTexts.text(item.rule(), item.params(), locale), publicUrl + item.link());
        var csv = "\uFEFF" + csvLine(header) + "\r\n" + csvLine(row) + "\r\n";
        return new Mailer.Attachment("peringatan-" + item.rule().name() + "-" + item.branchCode() + ".csv",
                "text/csv; charset=UTF-8", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String csvLine(List<String> cells) {
        return String.join(";", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
    }

    private int notify(AlertService.AlertItem item, boolean ended) {
        var recipients = new LinkedHashMap<Long, AppUser>();
        users.managersOf(item.branchId()).forEach(u -> recipients.put(u.getId(), u));
        if (item.rule() == AlertRule.COMPLAINT_DEADLINE_ASSIGNEE && item.assigneeId() != null) {
            users.byId(item.assigneeId()).filter(AppUser::isEnabled).ifPresent(u -> recipients.put(u.getId(), u));
        }
        int sent = 0;
        for (var user : recipients.values()) {
            var address = user.getEmail();
            if (address == null || address.isBlank()) {
                continue;
            }
            var locale = AlertTexts.locale(user.getPreferredLanguage());
            var title = AlertTexts.title(item.rule(), locale);
            var subject = Translations.get(locale, ended ? "mail.alert.subjectEnded" : "mail.alert.subject", title,
                    item.branchName());
            var closedAt = item.closedAt();
            var body = String.join("\n", List.of(
                    Translations.get(locale, "mail.greeting", user.getFullName()), "",
                    ended && closedAt != null
                            ? Translations.get(locale, "mail.alert.ended", Formats.dateTime(closedAt, locale))
                            : Translations.get(locale, "mail.alert.opened", Formats.dateTime(item.openedAt(), locale)),
                    "", Translations.get(locale, "alert.branch") + ": " + item.branchCode() + " " + item.branchName(),
                    AlertTexts.text(item.rule(), item.params(), locale), "",
                    Translations.get(locale, "mail.alert.records") + " " + publicUrl + item.link(),
                    Translations.get(locale, "mail.alert.all") + " " + publicUrl + LinkNames.ALERTS, "",
                    Translations.get(locale, "mail.footer")));
            if (mailer.send(new Mailer.Message(address, subject, body, List.of(attachment(item, ended, locale, publicUrl))))) {
                sent++;
            }
        }
        return sent;
    }
}
