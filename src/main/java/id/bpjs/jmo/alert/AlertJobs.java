package id.bpjs.jmo.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work: alert rules every hour (and once at start-up, after the demo data has loaded), the subscribed
 * decks every morning at 07:00, the erasure of survey follow-up contacts after their retention at 02:30. Each run takes its lock first, so with several app instances it runs on one.
 * Schedules: {@code jmo.alert.cron}, {@code jmo.subscription.cron} in {@code jmo.schedule.zone} (Asia/Jakarta).
 */
@Component
@Order(10)
class AlertJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AlertJobs.class);

    private final AlertService alerts;
    private final AlertMail mail;
    private final DeckSubscriptions subscriptions;
    private final JobLock lock;
    private final id.bpjs.jmo.complaint.SurveyFollowUps followUps;
    private final ZoneId zone;
    private final boolean evaluateAtStart;

    AlertJobs(AlertService alerts, AlertMail mail, DeckSubscriptions subscriptions, JobLock lock,
            id.bpjs.jmo.complaint.SurveyFollowUps followUps,
            @Value("${jmo.schedule.zone:Asia/Jakarta}") String zone,
            @Value("${jmo.alert.evaluate-at-start:true}") boolean evaluateAtStart) {
        this.alerts = alerts;
        this.mail = mail;
        this.subscriptions = subscriptions;
        this.lock = lock;
        this.followUps = followUps;
        this.zone = ZoneId.of(zone);
        this.evaluateAtStart = evaluateAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (evaluateAtStart) {
            evaluateAlerts();
        }
    }

    @Scheduled(cron = "${jmo.alert.cron}", zone = "${jmo.schedule.zone:Asia/Jakarta}")
    void evaluateAlerts() {
        lock.runOnce("alert-evaluation", Duration.ofMinutes(30), Duration.ofMinutes(1), () -> {
            var evaluation = alerts.evaluate(LocalDate.now(zone));
            int sent = mail.send(evaluation);
            log.info("Alerts evaluated: {} opened, {} ended, {} e-mails", evaluation.opened().size(),
                    evaluation.closed().size(), sent);
        });
    }

    /**
     * Erases the contacts of survey follow-up cases settled longer ago than the retention an admin set (UU 27/2022),
     * daily ({@code jmo.retention.cron}, 02:30), on one instance.
     */
    @Scheduled(cron = "${jmo.retention.cron:0 30 2 * * *}", zone = "${jmo.schedule.zone:Asia/Jakarta}")
    void eraseExpiredContacts() {
        lock.runOnce("follow-up-contact-retention", Duration.ofMinutes(30), Duration.ofMinutes(1), () -> {
            int erased = followUps.eraseExpiredContacts(java.time.LocalDateTime.now(zone));
            log.info("Survey follow-up contacts erased after retention: {}", erased);
        });
    }

    @Scheduled(cron = "${jmo.subscription.cron}", zone = "${jmo.schedule.zone:Asia/Jakarta}")
    void deliverDecks() {
        lock.runOnce("deck-delivery", Duration.ofHours(2), Duration.ofMinutes(5), () -> {
            int sent = subscriptions.deliverDue(LocalDate.now(zone));
            log.info("Subscribed decks mailed: {}", sent);
        });
    }
}
