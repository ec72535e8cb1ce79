package id.bpjs.jmo.demo;

import static id.bpjs.jmo.demo.DemoSampling.cap;
import static id.bpjs.jmo.demo.DemoSampling.ts;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Survey follow-up cases: complaints of channel SURVEY ({@code complaint}, numbered through {@code ticket_sequence})
 * for the latest low overall scores of the generated {@code survey_response} rows, so it runs after the responses and
 * the complaints. See {@link #insert}.
 */
final class DemoFollowUps {

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Consumer<String> progress;

    DemoFollowUps(JdbcTemplate jdbc, WorkingDayCalendar calendar, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.progress = progress;
    }

    /**
     * The closed loop (issue 16 §3): the latest low overall scores (1–2) of the last 90 days, up to four per branch,
     * are taken as answered with consent and a contact, and become follow-up cases (channel SURVEY). Older ones are
     * settled, most within the resolution limit, one in four late; recent ones are still open; contacts of cases
     * settled more than 30 days ago (the default retention) are already erased. Returns how many cases.
     */
    long insert(SplittableRandom random, Map<String, Long> branchIds,
            Map<String, List<Long>> staffByBranch, LocalDateTime now) {
        long cases = 0;
        var attributes = RogersAttribute.values();
        for (var code : branchIds.keySet().stream().sorted().toList()) {
            long branchId = branchIds.get(code);
            var rows = jdbc.queryForList("select id, submitted_at, overall_satisfaction, score_relative_advantage,"
                    + " score_compatibility, score_complexity, score_trialability, score_observability from"
                    + " survey_response where branch_id = ? and overall_satisfaction <= 2 and submitted_at >= ?"
                    + " order by submitted_at desc, id desc fetch first 4 rows only", branchId,
                    Timestamp.valueOf(now.minusDays(90)));
            for (var row : rows) {
                var received = ((Timestamp) row.get("submitted_at")).toLocalDateTime().withSecond(0).withNano(0);
                var day = received.toLocalDate();
                int overall = ((Number) row.get("overall_satisfaction")).intValue();
                var lowest = attributes[0];
                int min = Integer.MAX_VALUE;
                var columns = List.of("score_relative_advantage", "score_compatibility", "score_complexity",
                        "score_trialability", "score_observability");
                for (int i = 0; i < columns.size(); i++) {
                    var score = (Number) row.get(columns.get(i));
                    if (score != null && score.intValue() < min) {
                        min = score.intValue();
                        lowest = attributes[i];
                    }
                }
                int age = calendar.workingDaysBetween(day, now.toLocalDate());
                String status;
                LocalDateTime firstResponse = null;
                LocalDateTime resolved = null;
                if (age > 7) {
                    status = random.nextDouble() < 0.5 ? "CLOSED" : "RESOLVED";
                    firstResponse = cap(calendar.addWorkingDays(day, random.nextInt(0, 2)).atTime(9, 30), received, now);
                    int took = random.nextDouble() < 0.25 ? 7 : random.nextInt(1, 5);
                    resolved = cap(calendar.addWorkingDays(day, took).atTime(14, 0), firstResponse, now);
                } else if (age > 1) {
                    status = random.nextDouble() < 0.5 ? "IN_PROGRESS" : "WAITING_FOR_PARTICIPANT";
                    firstResponse = cap(calendar.addWorkingDays(day, 1).atTime(10, 0), received, now);
                } else {
                    status = "NEW";
                }
                var staff = staffByBranch.getOrDefault(code, List.of());
                Long assignee = status.equals("NEW") || staff.isEmpty() ? null : staff.get(random.nextInt(staff.size()));
                boolean phone = random.nextDouble() < 0.7;
                var contact = phone ? "08" + (1_000_000_000L + random.nextLong(8_999_999_999L))
                        : "peserta" + (100 + random.nextInt(900)) + "@contoh.id";
                LocalDateTime erased = resolved != null && resolved.plusDays(31).isBefore(now)
                        ? resolved.toLocalDate().plusDays(31).atTime(2, 30) : null;
                int year = received.getYear();
                if (jdbc.update("update ticket_sequence set last_value = last_value + 1 where branch_id = ? and"
                        + " ticket_year = ?", branchId, year) == 0) {
                    jdbc.update("insert into ticket_sequence (branch_id, ticket_year, last_value) values (?, ?, 1)",
                            branchId, year);
                }
                int number = jdbc.queryForObject("select last_value from ticket_sequence where branch_id = ? and"
                        + " ticket_year = ?", Integer.class, branchId, year);
                jdbc.update("insert into complaint (ticket_number, received_at, channel, branch_id, kpj_number,"
                        + " category, attribute, severity, description, status, assignee_id, first_response_at,"
                        + " resolved_at, resolution_note, survey_response_id, contact_kind, participant_contact,"
                        + " contact_consented_at, contact_erased_at, version) values (?, ?, 'SURVEY', ?, null,"
                        + " 'SURVEY_FOLLOW_UP', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        "%s-%d-%06d".formatted(code, year, number), Timestamp.valueOf(received), branchId,
                        lowest.name(), overall == 1 ? "HIGH" : "MEDIUM", "Skor kepuasan keseluruhan " + overall
                                + " dari 5 pada survei publik; peserta setuju dihubungi untuk tindak lanjut.",
                        status, assignee, ts(firstResponse), ts(resolved), resolved == null ? null
                                : DemoTexts.pick(random, List.of("Peserta ditelepon, kendala klaim dijelaskan dan"
                                        + " sudah teratasi.", "Peserta dihubungi lewat e-mail, dipandu memperbarui"
                                        + " aplikasi.", "Peserta datang ke loket setelah dihubungi, data diperbaiki.")),
                        row.get("id"), phone ? "PHONE" : "EMAIL", erased == null ? contact : null,
                        Timestamp.valueOf(((Timestamp) row.get("submitted_at")).toLocalDateTime()), ts(erased));
                cases++;
            }
        }
        progress.accept("survey follow-ups: " + cases);
        return cases;
    }
}
