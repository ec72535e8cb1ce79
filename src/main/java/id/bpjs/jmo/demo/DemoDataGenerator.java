package id.bpjs.jmo.demo;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.rules.KeywordRule;
import id.bpjs.jmo.rules.KeywordRules;
import id.bpjs.jmo.survey.SurveyResponseRows;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deterministic, realistic demo data in the shape the study found: relative advantage mostly positive with some
 * feature complaints; compatibility good but hurt by app errors (spikes after each app release); complexity the
 * weakest attribute (harder for older participants, slowly improving); trialability and observability strong; a load
 * peak after Lebaran; JHT paid faster through JMO than at the counter; a few overdue complaints.
 * <p>
 * Same seed, same {@code now} and same size give the same rows. Rows go in by JDBC batch inserts so that a million
 * responses take minutes, not hours.
 */
public class DemoDataGenerator {

    /** Coded excerpts: a study-sized set spread over branches and months (every third from Purwokerto). */
    static final int NOTES = 360;
    /** Complaints and claims are proportional to the survey responses. */
    static final double COMPLAINTS_PER_RESPONSE = 0.12;
    static final double CLAIMS_PER_RESPONSE = 0.40;
    static final int MONTHS = 24;
    private static final int BATCH = 2_000;

    record BranchSeed(String code, String name, int servedPerMonth, double weight) {
    }

    static final List<BranchSeed> BRANCHES = List.of(
            new BranchSeed("PWT", "Purwokerto", 5200, 0.28),
            new BranchSeed("SMG", "Semarang Pemuda", 9800, 0.24),
            new BranchSeed("TGL", "Tegal", 4100, 0.14),
            new BranchSeed("CLP", "Cilacap", 3600, 0.12),
            new BranchSeed("PKL", "Pekalongan", 3300, 0.11),
            new BranchSeed("MGL", "Magelang", 3000, 0.11));
    static final String REGIONAL_OFFICE = "Kantor Wilayah Jawa Tengah dan DIY";

    /** Idul Fitri: claims and visits peak in the weeks after it. */
    static final List<LocalDate> LEBARAN = List.of(LocalDate.of(2024, 4, 10), LocalDate.of(2025, 3, 31),
            LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 10));

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;
    private final Consumer<String> progress;

    public DemoDataGenerator(JdbcTemplate jdbc, WorkingDayCalendar calendar, Consumer<String> progress) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.progress = progress;
    }

    public record Result(int branches, long responses, long complaints, long claims, long notes) {
    }

    /** Fills an empty database. {@code staffByBranch}: user ids complaints may be assigned to, per branch code. */
    public Result generate(long seed, int responses, LocalDateTime now, Map<String, List<Long>> staffByBranch) {
        var random = new SplittableRandom(seed);
        var start = now.toLocalDate().minusMonths(MONTHS).plusDays(1);
        var branchIds = branchIds();
        var sampler = new TimeSampler(random, start, now);
        var releases = releases(start, now.toLocalDate());

        insertResponses(random.split(), sampler, responses, branchIds, releases, now);
        long complaints = Math.round(responses * COMPLAINTS_PER_RESPONSE);
        insertComplaints(random.split(), new TimeSampler(random.split(), start, now), complaints, branchIds, releases,
                staffByBranch, now);
        insertFollowUps(random.split(), branchIds, staffByBranch, now);
        long claims = Math.round(responses * CLAIMS_PER_RESPONSE);
        insertClaims(random.split(), new TimeSampler(random.split(), start, now), claims, branchIds, now);
        long notes = insertNotes(random.split(), branchIds, start, now.toLocalDate());
        return new Result(branchIds.size(), responses, complaints, claims, notes);
    }

    /** Creates the demo branches (once) and returns their ids by code. */
    public Map<String, Long> ensureBranches() {
        for (var branch : BRANCHES) {
            var exists = jdbc.queryForObject("select count(*) from branch where code = ?", Long.class, branch.code());
            if (exists == null || exists == 0) {
                jdbc.update("insert into branch (code, name, regional_office, served_per_month) values (?, ?, ?, ?)",
                        branch.code(), branch.name(), REGIONAL_OFFICE, branch.servedPerMonth());
            }
        }
        return branchIds();
    }

    private Map<String, Long> branchIds() {
        var ids = new HashMap<String, Long>();
        jdbc.query("select id, code from branch", rs -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        });
        return ids;
    }

    record Release(LocalDate day, String version) {
    }

    /**
     * An app release roughly every three months; errors spike for two weeks after each. The latest release is always
     * {@link #LATEST_RELEASE_DAYS_AGO} days before the end, so a fresh demo is inside its spike (and shows its alert).
     */
    static List<Release> releases(LocalDate start, LocalDate end) {
        var list = new ArrayList<Release>();
        var latest = end.minusDays(LATEST_RELEASE_DAYS_AGO);
        int minor = 0;
        for (var day = start.plusDays(20); day.isBefore(latest.minusDays(30)); day = day.plusDays(91)) {
            list.add(new Release(day, "2." + (4 + minor / 4) + "." + (minor % 4)));
            minor++;
        }
        if (latest.isAfter(start)) {
            list.add(new Release(latest, "2." + (4 + minor / 4) + "." + (minor % 4)));
        }
        return list;
    }

    /** Days between the latest app release and the end of the demo data. */
    static final int LATEST_RELEASE_DAYS_AGO = 12;
    /**
     * Extra error reports after the latest release, spread over the branches by their weight: one per 15 complaints of
     * the usual mix, at least 30 (enough for the rules to tell a crash wave from chance in a small demo).
     */
    static long latestReleaseBurst(long complaints) {
        return Math.max(30, Math.round(complaints / 15.0));
    }

    static @Nullable Release releaseBefore(List<Release> releases, LocalDate day) {
        Release found = null;
        for (var release : releases) {
            if (!release.day().isAfter(day)) {
                found = release;
            }
        }
        return found;
    }

    static boolean inErrorSpike(List<Release> releases, LocalDate day) {
        var release = releaseBefore(releases, day);
        return release != null && ChronoUnit.DAYS.between(release.day(), day) < 14;
    }

    static boolean afterLebaran(LocalDate day) {
        return LEBARAN.stream().anyMatch(l -> !day.isBefore(l) && ChronoUnit.DAYS.between(l, day) < 21);
    }

    /** Office-hours timestamps over the period, fewer at weekends, more in the weeks after Lebaran. */
    static final class TimeSampler {
        private final SplittableRandom random;
        private final LocalDate start;
        private final LocalDateTime now;
        private final int days;

        TimeSampler(SplittableRandom random, LocalDate start, LocalDateTime now) {
            this.random = random;
            this.start = start;
            this.now = now;
            this.days = (int) ChronoUnit.DAYS.between(start, now.toLocalDate()) + 1;
        }

        LocalDateTime next() {
            while (true) {
                var day = start.plusDays(random.nextInt(days));
                double weight = switch (day.getDayOfWeek()) {
                    case SATURDAY -> 0.25;
                    case SUNDAY -> 0.15;
                    default -> 1.0;
                } * (afterLebaran(day) ? 1.8 : 1.0);
                if (random.nextDouble() * 1.8 > weight) {
                    continue;
                }
                var time = day.atTime(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
                if (!time.isAfter(now)) {
                    return time;
                }
            }
        }
    }

    private String pickBranch(SplittableRandom random, Map<String, Long> ids) {
        double r = random.nextDouble();
        for (var branch : BRANCHES) {
            r -= branch.weight();
            if (r <= 0 && ids.containsKey(branch.code())) {
                return branch.code();
            }
        }
        return BRANCHES.getFirst().code();
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    private static <T> T weighted(SplittableRandom random, List<T> items, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            r -= weights[i];
            if (r <= 0) {
                return items.get(i);
            }
        }
        return items.getLast();
    }

    private void insertResponses(SplittableRandom random, TimeSampler sampler, int count, Map<String, Long> branchIds,
            List<Release> releases, LocalDateTime now) {
        var sql = SurveyResponseRows.INSERT;
        var attributes = RogersAttribute.values();
        long totalDays = ChronoUnit.DAYS.between(now.toLocalDate().minusMonths(MONTHS), now.toLocalDate());
        var batch = new ArrayList<Object[]>(BATCH);
        int reported = 0;
        for (int i = 0; i < count; i++) {
            var at = sampler.next();
            var day = at.toLocalDate();
            var channel = weighted(random, List.of("JMO", "COUNTER", "BOTH"), 55, 25, 20);
            int age = clamp(Math.round(36 + random.nextDouble(-1, 1) * 12 + gaussian(random) * 6), 18, 64);
            boolean usesJmo = !channel.equals("COUNTER") || random.nextDouble() < 0.4;
            double mood = gaussian(random) * 0.55;
            double progressInTime = ChronoUnit.DAYS.between(now.toLocalDate().minusMonths(MONTHS), day)
                    / (double) totalDays;
            boolean spike = inErrorSpike(releases, day);
            double[] base = {
                    4.05 - (channel.equals("COUNTER") ? 0.25 : 0),
                    3.80 - (spike ? 0.7 : 0),
                    3.00 - 0.025 * (age - 36) + 0.35 * progressInTime,
                    4.10,
                    4.15 - (afterLebaran(day) ? 0.3 : 0)};
            int[] scores = new int[5];
            for (int a = 0; a < 5; a++) {
                scores[a] = clamp(Math.round(base[a] + mood + gaussian(random) * 0.7), 1, 5);
            }
            double overallLatent = 0.15 * scores[0] + 0.25 * scores[1] + 0.35 * scores[2] + 0.10 * scores[3]
                    + 0.15 * scores[4] + gaussian(random) * 0.45;
            int overall = clamp(Math.round(overallLatent), 1, 5);
            Integer recommend = random.nextDouble() < 0.6
                    ? clamp(Math.round((overall - 1) * 2.5 + gaussian(random) * 1.2), 0, 10) : null;
            Integer[] ikm = new Integer[9];
            if (random.nextDouble() < 0.7) {
                double[] offsets = {0.1, -0.05, -0.15, 0.45, 0.05, 0.1, 0.15, -0.05, -0.1};
                for (int u = 0; u < 9; u++) {
                    ikm[u] = clamp(Math.round(1 + (overall - 1) * 0.75 + 0.35 + offsets[u] + gaussian(random) * 0.5),
                            1, 4);
                }
            }
            String comment = null;
            if (random.nextDouble() < 0.35) {
                int worst = 0;
                for (int a = 1; a < 5; a++) {
                    if (scores[a] < scores[worst]) {
                        worst = a;
                    }
                }
                int first = scores[worst] <= 2 ? worst : random.nextInt(5);
                int second = random.nextInt(5);
                comment = DemoTexts.comment(random, attributes[first], scores[first] >= 4, attributes[second],
                        scores[second] >= 4);
            }
            var branchId = branchIds.get(pickBranch(random, branchIds));
            var gender = random.nextDouble() < 0.55 ? "L" : "P";
            var education = weighted(random, List.of("SD", "SMP", "SMA", "D1_D3", "S1", "S2", "S3"),
                    5, 10, 45, 12, 24, 3.5, 0.5);
            var occupation = weighted(random, List.of("PNS", "TNI", "POLRI", "SWASTA", "WIRAUSAHA", "LAINNYA"),
                    5, 1, 1, 60, 15, 18);
            batch.add(SurveyResponseRows.values(at, branchId, channel, gender, age, education, occupation, usesJmo,
                    new Integer[] {scores[0], scores[1], scores[2], scores[3], scores[4]}, overall, recommend, ikm,
                    comment));
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
            int percent = (int) ((i + 1) * 100L / count);
            if (percent >= reported + 10) {
                reported = percent - percent % 10;
                progress.accept("survey responses: " + reported + "% (" + (i + 1) + ")");
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller on the split random keeps the stream deterministic.
        double u1 = random.nextDouble(Double.MIN_VALUE, 1.0);
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private record ComplaintSeed(LocalDateTime receivedAt, String branch, boolean burst) {
    }

    private void insertComplaints(SplittableRandom random, TimeSampler sampler, long count,
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

    /**
     * The closed loop (issue 16 §3): the latest low overall scores (1–2) of the last 90 days, up to four per branch,
     * are taken as answered with consent and a contact, and become follow-up cases (channel SURVEY). Older ones are
     * settled, most within the resolution limit, one in four late; recent ones are still open; contacts of cases
     * settled more than 30 days ago (the default retention) are already erased. Returns how many cases.
     */
    private long insertFollowUps(SplittableRandom random, Map<String, Long> branchIds,
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

    private static @Nullable LocalDateTime cap(LocalDateTime value, @Nullable LocalDateTime notBefore,
            LocalDateTime now) {
        var result = value;
        if (notBefore != null && result.isBefore(notBefore)) {
            result = notBefore.plusMinutes(30);
        }
        return result.isAfter(now) ? now : result;
    }

    private static @Nullable Timestamp ts(@Nullable LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }

    private static String kpj(SplittableRandom random) {
        return String.valueOf(10_000_000_000L + random.nextLong(89_999_999_999L));
    }

    private void insertClaims(SplittableRandom random, TimeSampler sampler, long count, Map<String, Long> branchIds,
            LocalDateTime now) {
        var sql = "insert into jht_claim (claim_reference, branch_id, channel, submitted_at, documents_complete_at,"
                + " outcome, outcome_at, working_days_to_payment, speed_rating, comment, attribute)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        var batch = new ArrayList<Object[]>(BATCH);
        int reported = 0;
        for (long i = 0; i < count; i++) {
            var submitted = sampler.next();
            var day = submitted.toLocalDate();
            var band = weighted(random, List.of("UP_TO_10M", "FROM_10_TO_15M", "ABOVE_15M"), 60, 20, 20);
            // Up to Rp15 juta can be claimed fully in JMO since May 2025, Rp10 juta before.
            boolean jmoAllowed = band.equals("UP_TO_10M")
                    || band.equals("FROM_10_TO_15M") && !day.isBefore(LocalDate.of(2025, 5, 1));
            var channel = jmoAllowed && random.nextDouble() < 0.72 ? "JMO" : "BRANCH";
            boolean jmo = channel.equals("JMO");
            var documentsComplete = jmo ? submitted.plusMinutes(5 + random.nextInt(120))
                    : calendar.addWorkingDays(day, weighted(random, List.of(0, 1, 2, 3), 40, 30, 20, 10))
                            .atTime(9 + random.nextInt(7), random.nextInt(60));
            if (documentsComplete.isBefore(submitted)) {
                documentsComplete = submitted.plusMinutes(30);
            }
            if (documentsComplete.isAfter(now)) {
                documentsComplete = null;
            }
            int target = jmo ? weighted(random, List.of(1, 2, 3, 4, 5, 6), 25, 32, 22, 12, 6, 3)
                    : weighted(random, List.of(2, 3, 4, 5, 6, 7, 8, 10), 8, 14, 20, 22, 15, 10, 7, 4);
            if (afterLebaran(day)) {
                target += 2;
            }
            String outcome = "PENDING";
            LocalDateTime outcomeAt = null;
            Integer workingDays = null;
            if (documentsComplete != null) {
                var decided = calendar.addWorkingDays(documentsComplete.toLocalDate(), target)
                        .atTime(10 + random.nextInt(6), random.nextInt(60));
                if (!decided.isAfter(now)) {
                    outcome = random.nextDouble() < 0.05 ? "REJECTED" : "PAID";
                    outcomeAt = decided;
                    if (outcome.equals("PAID")) {
                        workingDays = calendar.workingDaysBetween(documentsComplete, decided);
                    }
                }
            }
            Integer rating = null;
            String comment = null;
            String attribute = null;
            if (workingDays != null && random.nextDouble() < 0.7) {
                rating = clamp(Math.round(5.6 - workingDays * 0.5 + gaussian(random) * 0.6), 1, 5);
                attribute = weighted(random, List.of("RELATIVE_ADVANTAGE", "OBSERVABILITY", "COMPATIBILITY",
                        "COMPLEXITY"), 50, 30, 12, 8);
                if (random.nextDouble() < 0.3) {
                    var attr = RogersAttribute.valueOf(attribute);
                    comment = DemoTexts.comment(random, attr, rating >= 4, attr, rating >= 4);
                }
            }
            var reference = "JHT-%s-%07d".formatted(day.getYear(), i + 1);
            batch.add(new Object[] {reference, branchIds.get(pickBranch(random, branchIds)), channel,
                    Timestamp.valueOf(submitted), ts(documentsComplete), outcome, ts(outcomeAt), workingDays,
                    rating, comment, attribute});
            if (batch.size() == BATCH) {
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
            int percent = (int) ((i + 1) * 100 / count);
            if (percent >= reported + 25) {
                reported = percent - percent % 25;
                progress.accept("JHT claims: " + reported + "% (" + (i + 1) + ")");
            }
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(sql, batch);
        }
    }

    private long insertNotes(SplittableRandom random, Map<String, Long> branchIds, LocalDate start, LocalDate end) {
        var sql = "insert into qualitative_note (source_type, informant_code, informant_role, noted_on, branch_id,"
                + " attribute, sentiment, body, tags, suggested_attribute, suggested_sentiment, coded_by, coded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // What the seeded keyword rules suggest for each text, as the coding workspace would have shown it.
        var rules = jdbc.query("select keyword, attribute, sentiment, weight from keyword_rule", (rs, i) ->
                new KeywordRule(rs.getString(1), RogersAttribute.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : KeywordRule.Sentiment.valueOf(rs.getString(3)), rs.getInt(4)));
        var rows = new ArrayList<Object[]>();
        var attributes = RogersAttribute.values();
        // The study's shape: share of positive excerpts per attribute.
        double[] positiveShare = {0.75, 0.45, 0.3, 0.8, 0.85};
        int days = (int) ChronoUnit.DAYS.between(start, end);
        for (int i = 0; i < NOTES; i++) {
            int a = i % 5;
            var attribute = attributes[a];
            boolean positive = random.nextDouble() < positiveShare[a];
            var source = weighted(random, List.of("INTERVIEW", "OBSERVATION", "DOCUMENT"), 60, 28, 12);
            String role;
            String code;
            String text;
            switch (source) {
                case "OBSERVATION" -> {
                    role = "STAFF";
                    code = "OBS-%02d".formatted(1 + random.nextInt(12));
                    text = "Observasi di ruang layanan: " + (positive
                            ? "peserta menyelesaikan proses di JMO tanpa bantuan; "
                            : "peserta meminta bantuan petugas di meja JMO; ")
                            + DemoTexts.pick(random, (positive ? DemoTexts.POSITIVE : DemoTexts.NEGATIVE)
                                    .get(attribute)) + ".";
                }
                case "DOCUMENT" -> {
                    role = "MANAGER";
                    code = "DOK-%02d".formatted(1 + random.nextInt(6));
                    text = "Laporan bulanan layanan: " + DemoTexts.pick(random,
                            (positive ? DemoTexts.POSITIVE : DemoTexts.NEGATIVE).get(attribute)) + ".";
                }
                default -> {
                    boolean staff = random.nextDouble() < 0.25;
                    role = staff ? "STAFF" : "PARTICIPANT";
                    code = (staff ? "S-" : "P-") + "%02d".formatted(1 + random.nextInt(staff ? 5 : 15));
                    text = DemoTexts.comment(random, attribute, positive, attribute, positive);
                }
            }
            var tags = switch (attribute) {
                case RELATIVE_ADVANTAGE -> positive ? "cepat,klaim" : "fitur";
                case COMPATIBILITY -> positive ? "sesuai kebutuhan" : "eror,update";
                case COMPLEXITY -> positive ? "mudah" : "bingung,verifikasi wajah";
                case TRIALABILITY -> positive ? "pendaftaran,mudah dicoba" : "pendaftaran";
                case OBSERVABILITY -> positive ? "status klaim,cepat" : "status klaim";
            };
            var branch = i % 3 == 0 ? "PWT" : pickBranch(random, branchIds);
            var notedOn = start.plusDays(random.nextInt(days));
            var suggestion = KeywordRules.suggest(text, RogersAttribute.COMPATIBILITY, rules);
            rows.add(new Object[] {source, code, role, java.sql.Date.valueOf(notedOn), branchIds.get(branch),
                    attribute.name(), positive ? "POSITIVE" : random.nextDouble() < 0.2 ? "MIXED" : "NEGATIVE", text,
                    tags, suggestion.fromKeywords() ? suggestion.attribute().name() : null,
                    suggestion.fromKeywords() && suggestion.sentiment() != null ? suggestion.sentiment().name() : null,
                    branch.equals("PWT") ? "petugas" : "petugas." + branch.toLowerCase(java.util.Locale.ROOT),
                    Timestamp.valueOf(notedOn.atTime(15, 0))});
        }
        jdbc.batchUpdate(sql, rows);
        return rows.size();
    }
}
