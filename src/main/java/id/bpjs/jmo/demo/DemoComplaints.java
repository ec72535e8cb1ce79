package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoDataGenerator.BATCH;
import static id.bpjs.jmo.demo.DemoReleases.inErrorSpike;
import static id.bpjs.jmo.demo.DemoReleases.latestReleaseBurst;
import static id.bpjs.jmo.demo.DemoReleases.releaseBefore;
import static id.bpjs.jmo.demo.DemoSampling.BRANCHES;
import static id.bpjs.jmo.demo.DemoSampling.afterLebaran;
import static id.bpjs.jmo.demo.DemoSampling.cap;
import static id.bpjs.jmo.demo.DemoSampling.kpj;
import static id.bpjs.jmo.demo.DemoSampling.pickBranch;
import static id.bpjs.jmo.demo.DemoSampling.ts;
import static id.bpjs.jmo.demo.DemoSampling.weighted;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.demo.DemoReleases.Release;
import id.bpjs.jmo.demo.DemoSampling.TimeSampler;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaints ({@code complaint}) and their ticket numbers ({@code ticket_sequence}), in JDBC batches. The usual mix
 * over the period, branches by weight; app errors weigh 60 instead of 18 in the two weeks after an app release, blocked
 * claims 20 instead of 12 after Lebaran; on top, the latest release's crash wave of error reports, spread over the
 * branches by weight ({@link DemoReleases#latestReleaseBurst}). Ticket numbers run in order of arrival per branch and
 * year. Old complaints are nearly all settled; about 3 in 100 of them slipped and are now overdue. An error report
 * carries the version released before it, the platform (Android 85 %) and an error message.
 */
final class DemoComplaints {

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Consumer<String> progress;

    DemoComplaints(JdbcTemplate jdbc, WorkingDayCalendar calendar, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.progress = progress;
    }

    private record ComplaintSeed(LocalDateTime receivedAt, String branch, boolean burst) {
    }

    void insert(SplittableRandom random, TimeSampler sampler, long count,
            Map<String, Long> branchIds, List<Release> releases, Map<String, List<Long>> staffByBranch,
            LocalDateTime now) {
        var seeds = new ArrayList<ComplaintSeed>((int) count);
        for (long i = 0; i < count; i++) {
            seeds.add(new ComplaintSeed(sampler.next(), pickBranch(random, branchIds), false));
        }
        // the latest release's crash wave: error reports on top of the usual mix, per branch by its weight
        var latest = releases.isEmpty() ? null : releases.getLast();
        if (latest != null && ChronoUnit.DAYS.between(latest.day(), now.toLocalDate()) < 14) {
            int span = (int) ChronoUnit.DAYS.between(latest.day(), now.toLocalDate()) + 1;
            for (var branch : BRANCHES) {
                for (int i = 0; branchIds.containsKey(branch.code())
                        && i < Math.round(branch.weight() * latestReleaseBurst(count)); i++) {
                    var time = latest.day().plusDays(random.nextInt(span)).atTime(8 + random.nextInt(9),
                            random.nextInt(60));
                    if (!time.isAfter(now)) {
                        seeds.add(new ComplaintSeed(time, branch.code(), true));
                    }
                }
            }
        }
        // Ticket numbers run in order of arrival per branch and year.
        seeds.sort(Comparator.comparing(ComplaintSeed::receivedAt));
        var sequences = new HashMap<String, Integer>();
        var categories = List.of("LOGIN_OTP", "FACE_VERIFICATION", "APP_ERROR", "BALANCE_DATA", "CLAIM_BLOCKED",
                "DIGITAL_CARD", "MISSING_FEATURE", "HARD_TO_USE", "OTHER");
        var defaults = Map.of("LOGIN_OTP", "COMPATIBILITY", "FACE_VERIFICATION", "COMPLEXITY", "APP_ERROR",
                "COMPATIBILITY", "BALANCE_DATA", "OBSERVABILITY", "CLAIM_BLOCKED", "RELATIVE_ADVANTAGE",
                "DIGITAL_CARD", "OBSERVABILITY", "MISSING_FEATURE", "RELATIVE_ADVANTAGE", "HARD_TO_USE", "COMPLEXITY",
                "OTHER", "TRIALABILITY");
        var sql = "insert into complaint (ticket_number, received_at, channel, branch_id, kpj_number, category,"
                + " attribute, severity, description, status, assignee_id, first_response_at, resolved_at,"
                + " resolution_note, app_version, platform, error_message, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        var batch = new ArrayList<Object[]>(BATCH);
        var attributes = RogersAttribute.values();
        int reported = 0;
        long index = 0;
        for (var seed : seeds) {
            index++;
            var day = seed.receivedAt().toLocalDate();
            boolean spike = inErrorSpike(releases, day);
            var category = seed.burst() ? "APP_ERROR" : weighted(random, categories, 14, 12, spike ? 60 : 18, 12,
                    afterLebaran(day) ? 20 : 12, 5, 8, 12, 7);
            var attribute = random.nextDouble() < 0.85 ? defaults.get(category)
                    : attributes[random.nextInt(attributes.length)].name();
            var year = seed.receivedAt().getYear();
            var key = seed.branch() + "-" + year;
            int number = sequences.merge(key, 1, Integer::sum);
            var ticket = "%s-%d-%06d".formatted(seed.branch(), year, number);
            var description = DemoTexts.pick(random, DemoTexts.COMPLAINTS.get(category))
                    + DemoTexts.pick(random, DemoTexts.COMPLAINT_TAILS) + ".";
            long ageDays = ChronoUnit.DAYS.between(day, now.toLocalDate());
            // Old complaints are nearly all settled; about 3 in 100 of them slipped and are now overdue.
            String status;
            if (ageDays > 20) {
                status = random.nextDouble() < 0.03
                        ? weighted(random, List.of("NEW", "IN_PROGRESS", "WAITING_FOR_PARTICIPANT"), 2, 5, 3)
                        : weighted(random, List.of("RESOLVED", "CLOSED"), 2, 8);
            } else if (ageDays > 5) {
                status = weighted(random, List.of("IN_PROGRESS", "WAITING_FOR_PARTICIPANT", "RESOLVED", "CLOSED"),
                        15, 10, 40, 35);
            } else {
                status = weighted(random, List.of("NEW", "IN_PROGRESS", "WAITING_FOR_PARTICIPANT", "RESOLVED"), 35, 35,
                        10, 20);
            }
            var staff = staffByBranch.getOrDefault(seed.branch(), List.of());
            Long assignee = status.equals("NEW") || staff.isEmpty() ? null : staff.get(random.nextInt(staff.size()));
            LocalDateTime firstResponse = null;
            if (!status.equals("NEW")) {
                firstResponse = cap(calendar.addWorkingDays(day, weighted(random, List.of(0, 1, 2, 3, 4), 40, 30, 17,
                        9, 4)).atTime(8 + random.nextInt(8), random.nextInt(60)), seed.receivedAt(), now);
            }
            LocalDateTime resolved = null;
            String resolution = null;
            if (status.equals("RESOLVED") || status.equals("CLOSED")) {
                resolved = cap(calendar.addWorkingDays(day, weighted(random, List.of(1, 2, 3, 4, 5, 6, 8), 15, 25, 22,
                        15, 12, 7, 4)).atTime(9 + random.nextInt(7), random.nextInt(60)), firstResponse, now);
                resolution = DemoTexts.pick(random, List.of("Sudah dibantu petugas, peserta berhasil melanjutkan.",
                        "Data peserta diperbaiki, saldo sudah tampil.", "Akun dibuka kembali setelah verifikasi.",
                        "Peserta diarahkan memperbarui aplikasi ke versi terbaru.",
                        "Diteruskan ke tim TI kantor pusat, sudah diperbaiki.",
                        "Informasi sudah disampaikan kepada peserta."));
            }
            boolean appError = category.equals("APP_ERROR");
            var release = releaseBefore(releases, day);
            batch.add(new Object[] {ticket, Timestamp.valueOf(seed.receivedAt()),
                    weighted(random, List.of("JMO_APP", "COUNTER", "CALL_CENTER_175", "EMAIL", "SOCIAL_MEDIA",
                            "SP4N_LAPOR"), 30, 30, 15, 8, 10, 7),
                    branchIds.get(seed.branch()), kpj(random), category, attribute,
                    weighted(random, List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), 30, 45, 20, 5), description, status,
                    assignee, ts(firstResponse), ts(resolved), resolution,
                    appError ? (release == null ? "2.3.9" : release.version()) : null,
                    appError ? (random.nextDouble() < 0.85 ? "ANDROID" : "IOS") : null,
                    appError ? DemoTexts.pick(random, DemoTexts.ERROR_MESSAGES) : null});
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
            int percent = (int) (index * 100 / count);
            if (percent >= reported + 25) {
                reported = percent - percent % 25;
                progress.accept("complaints: " + reported + "% (" + index + ")");
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
        var sequenceBatch = new ArrayList<Object[]>();
        sequences.forEach((key, last) -> {
            var parts = key.split("-");
            sequenceBatch.add(new Object[] {branchIds.get(parts[0]), Integer.parseInt(parts[1]), last});
        });
        jdbc.batchUpdate("insert into ticket_sequence (branch_id, ticket_year, last_value) values (?, ?, ?)", sequenceBatch);
    }
}
