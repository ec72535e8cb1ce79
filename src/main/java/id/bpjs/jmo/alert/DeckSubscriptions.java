package id.bpjs.jmo.alert;

import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.i18n.Translations;
import id.bpjs.jmo.base.web.LinkNames;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.findings.Deck;
import id.bpjs.jmo.findings.DeckBuilder;
import id.bpjs.jmo.findings.DeckPdf;
import id.bpjs.jmo.findings.DeckPptx;
import id.bpjs.jmo.findings.FindingsService;
import id.bpjs.jmo.mail.Mailer;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Managers' standing orders for the findings deck of a branch (monthly or per semester, PPTX or PDF), mailed on the
 * first working day after the period ends, in the subscriber's language. The deck is built as the subscriber (their
 * rights apply), from the same builder and writers as the findings page. Managers see and stop their own; admins
 * see and stop all (traced).
 */
@Service
public class DeckSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(DeckSubscriptions.class);

    /** One subscription with its subscriber and branch; stopped ones keep who stopped them and when. */
    public record Subscription(long id, long userId, String username, String fullName, long branchId,
            String branchCode, String branchName, PeriodKind kind, DeckFormat format, LocalDateTime createdAt,
            @Nullable LocalDateTime stoppedAt, @Nullable String stoppedBy, @Nullable LocalDate lastPeriodTo,
            @Nullable LocalDateTime lastSentAt) {

        public boolean active() {
            return stoppedAt == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserService users;
    private final BranchService branches;
    private final FindingsService findings;
    private final WorkingDayCalendar calendar;
    private final Mailer mailer;
    private final SettingsTrace trace;
    private final SecurityContextHolderStrategy securityContext;
    private final String publicUrl;

    private final id.bpjs.jmo.base.time.ServiceTime time;

    DeckSubscriptions(JdbcTemplate jdbc, CurrentUser currentUser, UserService users, BranchService branches,
            FindingsService findings, WorkingDayCalendar calendar, Mailer mailer, SettingsTrace trace,
            ObjectProvider<SecurityContextHolderStrategy> securityContext,
            @Value("${jmo.public-url}") String publicUrl, id.bpjs.jmo.base.time.ServiceTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.users = users;
        this.branches = branches;
        this.findings = findings;
        this.calendar = calendar;
        this.mailer = mailer;
        this.trace = trace;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /**
     * Subscribes the current user to a branch's deck. The first delivery is the next period to end (the one that
     * ended already can be sent at once with {@link #sendNow}).
     *
     * @throws MessageKeyException "subscription.noEmail" when the user has no e-mail address
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public long subscribe(long branchId, PeriodKind kind, DeckFormat format, LocalDate today) {
        var user = users.byId(currentUser.require().userId()).orElseThrow();
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            throw new MessageKeyException("subscription.noEmail");
        }
        var branch = branches.byId(branchId).orElseThrow();
        jdbc.update("insert into deck_subscription (user_id, branch_id, period_kind, file_format, created_at,"
                + " last_period_to) values (?, ?, ?, ?, ?, ?)", user.getId(), branchId, kind.name(), format.name(),
                Timestamp.valueOf(time.now()), Date.valueOf(kind.lastComplete(today).to()));
        trace.record(user.getUsername(), "subscription", user.getUsername() + " " + branch.getCode(), null,
                kind + ", " + format);
        var id = jdbc.queryForObject("select max(id) from deck_subscription where user_id = ?", Long.class,
                user.getId());
        return id == null ? 0 : id;
    }

    /** Admins: every subscription; managers: their own. Active ones first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public List<Subscription> list() {
        var user = currentUser.require();
        var all = user.role() == Role.ADMIN;
        return jdbc.query(select() + (all ? "" : " where s.user_id = ?")
                + " order by case when s.stopped_at is null then 0 else 1 end, s.created_at desc",
                (rs, row) -> subscription(rs), all ? new Object[0] : new Object[] {user.userId()});
    }

    /** Stops a subscription: its owner or an admin; traced. Stopping a stopped one changes nothing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public void stop(long id) {
        var subscription = owned(id);
        if (!subscription.active()) {
            return;
        }
        var who = currentUser.require().username();
        jdbc.update("update deck_subscription set stopped_at = ?, stopped_by = ? where id = ?",
                Timestamp.valueOf(time.now()), who, id);
        trace.record(who, "subscription", subscription.username() + " " + subscription.branchCode(),
                subscription.kind() + ", " + subscription.format(), "dihentikan");
    }

    /** Sends the last complete period's deck now (its owner or an admin); false when e-mail is off or it failed. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public boolean sendNow(long id, LocalDate today) {
        var subscription = owned(id);
        return subscription.active() && deliver(subscription, subscription.kind().lastComplete(today), today);
    }

    /**
     * The scheduled delivery: every active subscription whose last complete period has not been sent, from the
     * first working day after that period on (so a run on a holiday waits, and a missed run catches up). Returns how
     * many decks were mailed. The scheduled job's (no user): package-private.
     */
    int deliverDue(LocalDate today) {
        if (!mailer.enabled()) {
            return 0;
        }
        int sent = 0;
        for (var subscription : jdbc.query(select() + " where s.stopped_at is null order by s.id",
                (rs, row) -> subscription(rs))) {
            var period = subscription.kind().lastComplete(today);
            var last = subscription.lastPeriodTo();
            if ((last == null || last.isBefore(period.to())) && !today.isBefore(firstWorkingDayAfter(period.to()))
                    && deliver(subscription, period, today)) {
                sent++;
            }
        }
        return sent;
    }

    LocalDate firstWorkingDayAfter(LocalDate day) {
        var next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private boolean deliver(Subscription subscription, DateRange period, LocalDate today) {
        var user = users.byId(subscription.userId()).orElse(null);
        if (user == null || !user.isEnabled() || user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        byte[] bytes;
        var locale = AlertTexts.locale(user.getPreferredLanguage());
        try {
            bytes = build(user, subscription, period, locale, today);
        } catch (RuntimeException failed) {
            log.warn("Deck of subscription {} not built: {}", subscription.id(), failed.toString());
            return false;
        }
        var name = Deck.fileName(locale, subscription.branchCode(), period, subscription.format().extension());
        var kind = Translations.get(locale, "subscription.kind." + subscription.kind().name());
        var subject = Translations.get(locale, "mail.deck.subject", subscription.branchName(),
                Formats.date(period.from(), locale), Formats.date(period.to(), locale));
        var body = String.join("\n", List.of(Translations.get(locale, "mail.greeting", user.getFullName()), "",
                Translations.get(locale, "mail.deck.body", subscription.branchCode() + " " + subscription.branchName(),
                        Formats.date(period.from(), locale), Formats.date(period.to(), locale), kind,
                        subscription.format().name()),
                "", Translations.get(locale, "mail.deck.manage") + " " + publicUrl + LinkNames.SUBSCRIPTIONS, "",
                Translations.get(locale, "mail.footer")));
        var sent = mailer.send(new Mailer.Message(user.getEmail(), subject, body,
                List.of(new Mailer.Attachment(name, subscription.format().contentType(), bytes))));
        if (sent) {
            jdbc.update("update deck_subscription set last_period_to = case when last_period_to is null"
                    + " or last_period_to < ? then ? else last_period_to end, last_sent_at = ? where id = ?",
                    Date.valueOf(period.to()), Date.valueOf(period.to()), Timestamp.valueOf(time.now()),
                    subscription.id());
        }
        return sent;
    }

    /** Builds the deck as the subscriber, so the branch scope and rights of the findings page apply. */
    private byte[] build(AppUser user, Subscription subscription, DateRange period, Locale locale, LocalDate today) {
        var principal = users.loadUserByUsername(user.getUsername());
        var previous = securityContext.getContext();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        securityContext.setContext(context);
        try {
            var label = Translations.get(locale, "findings.branch").replace("{0}", subscription.branchName());
            var loaded = findings.load(new RecordFilter(period, subscription.branchId(), null), today, label);
            var deck = DeckBuilder.build(loaded, locale, today);
            return subscription.format() == DeckFormat.PPTX ? DeckPptx.write(deck) : DeckPdf.write(deck);
        } finally {
            securityContext.setContext(previous);
        }
    }

    private Subscription owned(long id) {
        var list = jdbc.query(select() + " where s.id = ?", (rs, row) -> subscription(rs), id);
        var user = currentUser.require();
        if (list.isEmpty() || (user.role() != Role.ADMIN && list.getFirst().userId() != user.userId())) {
            throw new MessageKeyException("subscription.notFound");
        }
        return list.getFirst();
    }

    private static String select() {
        return "select s.id, s.user_id, u.username, u.full_name, s.branch_id, b.code, b.name, s.period_kind,"
                + " s.file_format, s.created_at, s.stopped_at, s.stopped_by, s.last_period_to, s.last_sent_at"
                + " from deck_subscription s join app_user u on u.id = s.user_id join branch b on b.id = s.branch_id";
    }

    private static Subscription subscription(java.sql.ResultSet rs) throws java.sql.SQLException {
        var stopped = rs.getTimestamp(11);
        var last = rs.getDate(13);
        var sent = rs.getTimestamp(14);
        return new Subscription(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), PeriodKind.valueOf(rs.getString(8)),
                DeckFormat.valueOf(rs.getString(9)), rs.getTimestamp(10).toLocalDateTime(),
                stopped == null ? null : stopped.toLocalDateTime(), rs.getString(12),
                last == null ? null : last.toLocalDate(), sent == null ? null : sent.toLocalDateTime());
    }
}
