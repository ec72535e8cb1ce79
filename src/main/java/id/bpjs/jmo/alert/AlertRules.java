package id.bpjs.jmo.alert;

import id.bpjs.jmo.alert.AlertTexts.PValue;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.base.web.Href;
import id.bpjs.jmo.base.web.LinkNames;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.complaint.DeadlineCounts;
import id.bpjs.jmo.complaint.ReleaseEffects;
import id.bpjs.jmo.ikm.IkmCalculator;
import id.bpjs.jmo.security.UserService;
import id.bpjs.jmo.survey.SurveyStatistics;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates every alert rule on {@code today} and returns the conditions that hold now. Counts come from the
 * database; every "higher/lower than expected" is judged by {@link Significance} at p &lt; 0.05; complaint time
 * limits follow {@link DeadlineCounts} (the dashboard's overdue rule).
 */
@Service
@Transactional(readOnly = true)
public class AlertRules {

    /**
     * A condition found now: its rule, branch and subject (version, assignee id, attribute, semester; "" when the
     * rule has one alert per branch), the numbers of its text, the link to the records behind it (a route with the
     * filter's query parameters) and, for an assignee's deadlines, who.
     */
    public record Finding(AlertRule rule, long branchId, String subject, List<Object> params, String link,
            @Nullable Long assigneeId) {

        String key() {
            return rule.name() + "|" + branchId + "|" + subject;
        }
    }

    private static final String APP_ERROR = id.bpjs.jmo.complaint.ComplaintCategory.APP_ERROR.name();

    /** Weeks of the baseline the last full week is compared with. */
    static final int BASELINE_WEEKS = 8;

    private final JdbcTemplate jdbc;
    private final BranchService branches;
    private final SurveyStatistics survey;
    private final DeadlineCounts complaints;
    private final UserService users;
    private final AlertSettings settings;
    private final ReleaseEffects releaseEffects;

    AlertRules(JdbcTemplate jdbc, BranchService branches, SurveyStatistics survey, DeadlineCounts complaints,
            UserService users, AlertSettings settings, ReleaseEffects releaseEffects) {
        this.releaseEffects = releaseEffects;
        this.jdbc = jdbc;
        this.branches = branches;
        this.survey = survey;
        this.complaints = complaints;
        this.users = users;
        this.settings = settings;
    }

    public List<Finding> evaluate(LocalDate today) {
        var all = branches.all();
        var findings = new ArrayList<Finding>();
        findings.addAll(errorWeek(today, all));
        findings.addAll(versions(today, all));
        findings.addAll(satisfaction(today, all));
        findings.addAll(deadlines(today, all));
        findings.addAll(ikmSample(today, all));
        return findings;
    }

    /**
     * App error reports in the last full week (Monday–Sunday before this week) per branch against the mean of the 8
     * weeks before: alert when P(X ≥ count | Poisson(mean)) &lt; 0.05 and count ≥ the minimum. Counted from
     * {@code app_error_daily}.
     */
    List<Finding> errorWeek(LocalDate today, List<Branch> all) {
        var weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        var weekEnd = weekStart.plusDays(6);
        var baselineStart = weekStart.minusWeeks(BASELINE_WEEKS);
        // from the daily per-version aggregate (V22: every APP_ERROR complaint, by the day it was received), not
        // the complaint table: days × versions rows whatever the number of reports
        var start = java.sql.Date.valueOf(weekStart);
        var counts = jdbc.query("select branch_id, sum(case when received_date >= ? then complaints else 0 end),"
                + " sum(case when received_date < ? then complaints else 0 end) from app_error_daily"
                + " where received_date >= ? and received_date <= ? group by branch_id",
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, start, start,
                java.sql.Date.valueOf(baselineStart), java.sql.Date.valueOf(weekEnd));
        int minimum = settings.get(AlertSettings.ERRORS_MIN_COUNT);
        var byId = byId(all);
        var findings = new ArrayList<Finding>();
        for (var row : counts) {
            var branch = byId.get(row[0]);
            long current = row[1];
            double expected = row[2] / (double) BASELINE_WEEKS;
            double p = Significance.poissonUpperTail(current, expected);
            if (branch != null && current >= minimum && p < Significance.ALPHA) {
                findings.add(new Finding(AlertRule.APP_ERRORS_WEEK, row[0], "",
                        List.of(current, weekStart, weekEnd, expected, new PValue(p), (long) minimum),
                        complaintsLink(branch, weekStart, weekEnd).with(LinkNames.CATEGORY, APP_ERROR).toString(),
                        null));
            }
        }
        return findings;
    }

    /**
     * Per branch, the newest release's effect ({@link ReleaseEffects}, the rule the app-versions page states too) when
     * the newest version was first seen within the last "new" days: alert when its error reports per day are
     * significantly higher than the previous version's (two-sided exact test, the higher side) and it has at least
     * the minimum of reports.
     */
    List<Finding> versions(LocalDate today, List<Branch> all) {
        int newDays = settings.get(AlertSettings.VERSION_NEW_DAYS);
        int minimum = settings.get(AlertSettings.VERSION_MIN_COUNT);
        var byId = byId(all);
        var findings = new ArrayList<Finding>();
        releaseEffects.perBranch(today, today.minusDays(newDays - 1L)).forEach((branchId, effect) -> {
            var branch = byId.get(branchId);
            if (branch != null && effect.reports() >= minimum
                    && effect.change().verdict() == Significance.Verdict.UP) {
                findings.add(new Finding(AlertRule.APP_VERSION_ERRORS, branchId, effect.version(),
                        List.of(effect.version(), effect.reports(), effect.days(), effect.rate(),
                                effect.previousVersion(), effect.previousReports(), effect.previousDays(),
                                effect.previousRate(), new PValue(effect.change().pValue())),
                        complaintsLink(branch, effect.firstSeen(), today).with(LinkNames.CATEGORY, APP_ERROR)
                                .with(LinkNames.APP_VERSION, effect.version()).toString(),
                        null));
            }
        });
        return findings;
    }

    /**
     * Each attribute's mean over the last N days (default 30, ending today) against the N days before, per branch,
     * from the daily aggregates' n, Σx and Σx²: alert when Welch's t says it fell (p &lt; 0.05, at least 10 responses
     * in each period).
     */
    List<Finding> satisfaction(LocalDate today, List<Branch> all) {
        int days = settings.get(AlertSettings.SATISFACTION_DAYS);
        var current = new DateRange(today.minusDays(days - 1L), today);
        var before = current.previous();
        var findings = new ArrayList<Finding>();
        for (var branch : all) {
            var now = survey.totals(new RecordFilter(current, branch.getId(), null));
            var then = survey.totals(new RecordFilter(before, branch.getId(), null));
            for (var attribute : RogersAttribute.values()) {
                int i = attribute.ordinal();
                var change = Significance.means(
                        new Significance.Moments(then.responses(), then.sum()[i], then.squares()[i]),
                        new Significance.Moments(now.responses(), now.sum()[i], now.squares()[i]));
                if (change.verdict() == Significance.Verdict.DOWN) {
                    findings.add(new Finding(AlertRule.SATISFACTION_DROP, branch.getId(), attribute.name(),
                            List.of(attribute, then.mean(attribute), then.responses(), before.from(), before.to(),
                                    now.mean(attribute), now.responses(), current.from(), current.to(),
                                    new PValue(change.pValue())),
                            Href.to(LinkNames.RESPONSES).withRange(current, branch.getCode())
                                    .with(LinkNames.ATTRIBUTE, attribute.name()).toString(), null));
                }
            }
        }
        return findings;
    }

    /** Open complaints past or within the warning days of their time limits, per branch and per assignee. */
    List<Finding> deadlines(LocalDate today, List<Branch> all) {
        int warn = settings.get(AlertSettings.DEADLINE_WARN_DAYS);
        int minimum = settings.get(AlertSettings.DEADLINE_MIN_COUNT);
        var byId = byId(all);
        var findings = new ArrayList<Finding>();
        for (var perAssignee : new boolean[] {false, true}) {
            for (var row : complaints.deadlines(today, warn, perAssignee)) {
                var branch = byId.get(row.branchId());
                if (branch == null || row.overdue() + row.dueSoon() < minimum) {
                    continue;
                }
                var overdue = complaintsLink(branch, row.oldest(), today).with(LinkNames.OVERDUE, LinkNames.YES);
                var limits = complaints.limits();
                List<Object> params = new ArrayList<>(List.of(row.overdue(), row.dueSoon(), (long) warn,
                        (long) limits.firstResponseDays(), (long) limits.resolutionDays()));
                if (perAssignee && row.assigneeId() != null) {
                    var name = users.byId(row.assigneeId()).map(u -> u.getFullName()).orElse("?");
                    params.add(name);
                    // that assignee's overdue records, whoever opens the link: the assignee it is mailed to, or the
                    // manager who reads the alert in the app (a "my tasks" link showed the manager their own list)
                    findings.add(new Finding(AlertRule.COMPLAINT_DEADLINE_ASSIGNEE, row.branchId(),
                            String.valueOf(row.assigneeId()), params,
                            overdue.with(LinkNames.ASSIGNEE, String.valueOf(row.assigneeId())).toString(),
                            row.assigneeId()));
                } else if (!perAssignee) {
                    findings.add(new Finding(AlertRule.COMPLAINT_DEADLINE_BRANCH, row.branchId(), "", params,
                            overdue.toString(), null));
                }
            }
        }
        return findings;
    }

    /**
     * The running IKM semester (I = January–June, II = July–December) per branch: respondents so far against the
     * Krejcie–Morgan minimum for the semester's served population (served per month × months, the rule of the IKM
     * report), alert when fewer than N weeks (default 6) remain and the minimum is not reached.
     */
    List<Finding> ikmSample(LocalDate today, List<Branch> all) {
        boolean first = today.getMonthValue() <= 6;
        var semester = first ? new DateRange(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 6, 30))
                : new DateRange(LocalDate.of(today.getYear(), 7, 1), LocalDate.of(today.getYear(), 12, 31));
        long daysLeft = ChronoUnit.DAYS.between(today, semester.to()) + 1;
        long weeksLeft = (daysLeft + 6) / 7;
        if (weeksLeft >= settings.get(AlertSettings.IKM_WEEKS_LEFT)) {
            return List.of();
        }
        var findings = new ArrayList<Finding>();
        for (var branch : all) {
            long population = Math.round(branch.getServedPerMonth() * (semester.days() / 30.4375));
            long minimum = IkmCalculator.minimumSample(population);
            long respondents = survey.totals(new RecordFilter(new DateRange(semester.from(), today), branch.getId(),
                    null)).ikmResponses();
            if (respondents < minimum) {
                long perWeek = (minimum - respondents + weeksLeft - 1) / weeksLeft;
                var preset = first ? PeriodPreset.SEMESTER_1 : PeriodPreset.SEMESTER_2;
                findings.add(new Finding(AlertRule.IKM_SAMPLE, branch.getId(),
                        today.getYear() + "-" + preset.code().toUpperCase(java.util.Locale.ROOT),
                        List.of(first ? "I" : "II", String.valueOf(today.getYear()), respondents, minimum, population,
                                weeksLeft, perWeek),
                        Href.to(LinkNames.IKM_REPORT).withAll(Href.filter(preset, today.getYear(), semester,
                                branch.getCode(), null)).toString(),
                        null));
            }
        }
        return findings;
    }

    private static Map<Long, Branch> byId(List<Branch> all) {
        return all.stream().collect(Collectors.toMap(Branch::getId, Function.identity()));
    }

    /** The complaint list of a branch for the days from {@code from} to {@code to} (a custom period). */
    private static Href complaintsLink(Branch branch, LocalDate from, LocalDate to) {
        return Href.to(LinkNames.COMPLAINTS).withRange(new DateRange(from, to.isBefore(from) ? from : to),
                branch.getCode());
    }
}
