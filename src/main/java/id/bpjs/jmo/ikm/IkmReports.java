package id.bpjs.jmo.ikm;

import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.Education;
import id.bpjs.jmo.survey.Gender;
import id.bpjs.jmo.survey.Occupation;
import id.bpjs.jmo.survey.SurveyStatistics;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the IKM report. The index comes from the daily aggregates; the breakdowns by respondent profile are grouped
 * by the database over the responses with IKM answers.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class IkmReports {

    /** Profile dimensions and the SQL expression that groups by each. */
    static final List<String> ORDER = id.bpjs.jmo.survey.ProfileDimensions.ORDER;

    private final SurveyStatistics statistics;
    private final BranchService branches;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final IkmFollowUps followUps;

    IkmReports(SurveyStatistics statistics, BranchService branches, CurrentUser currentUser, JdbcTemplate jdbc,
            IkmFollowUps followUps) {
        this.followUps = followUps;
        this.statistics = statistics;
        this.branches = branches;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /**
     * The report of the filter's period and branch (staff: always their own branch) with the given weight, the same
     * figures for the period before ({@link #previousPeriod}), and the branch's follow-up plan and head.
     */
    public IkmReport report(RecordFilter requested, WeightConvention convention) {
        var filter = requested.withBranch(currentUser.allowedBranch(requested.branchId()));
        var totals = statistics.totals(filter);
        // population N of the sample-size rule: participants the branch(es) serve over the period
        double months = filter.period().days() / 30.4375;
        long perMonth = filter.branchId() == null
                ? branches.all().stream().mapToLong(b -> b.getServedPerMonth()).sum()
                : branches.byId(filter.branchId()).map(b -> (long) b.getServedPerMonth()).orElse(0L);
        long population = Math.round(perMonth * months);
        var breakdowns = new ArrayList<IkmReport.Breakdown>();
        for (var dimension : ORDER) {
            breakdowns.add(new IkmReport.Breakdown(dimension, groups(filter, dimension, convention)));
        }
        var before = filter.withPeriod(previousPeriod(filter.period()));
        var previousTotals = statistics.totals(before);
        var previous = new IkmReport.Comparison(before.period(), previousTotals.ikmResponses(),
                IkmCalculator.fromTotals(previousTotals, convention));
        var branch = filter.branchId() == null ? null : branches.byId(filter.branchId()).orElse(null);
        var publication = branch == null ? new IkmReport.Publication(null, null, null, "")
                : new IkmReport.Publication(branch.getCode(), branch.getName(), branch.getHeadName(),
                        followUps.plan(filter.branchId(), filter.period()));
        return new IkmReport(IkmCalculator.fromTotals(totals, convention), totals.ikmResponses(), population,
                IkmCalculator.minimumSample(population), convention, breakdowns, filter.period(), previous,
                publication);
    }

    /**
     * The period a report compares with: for whole calendar months (a semester, a year, a quarter) the same number of
     * months just before (semester I 2026 → semester II 2025), otherwise the days of equal length just before.
     */
    public static DateRange previousPeriod(DateRange period) {
        var from = period.from();
        var to = period.to();
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
            var start = from.minusMonths(months);
            return new DateRange(start, from.minusDays(1));
        }
        return period.previous();
    }

    /**
     * The groups of one profile dimension, from the daily profile aggregates ({@code survey_profile_daily}, kept by
     * {@link SurveyAggregates}): the cost grows with days and groups, not with responses.
     */
    private List<IkmReport.Group> groups(RecordFilter filter, String dimension, WeightConvention convention) {
        var sql = new StringBuilder("select grp, sum(responses)");
        for (int u = 1; u <= 9; u++) {
            sql.append(", sum(sum_u").append(u).append(")");
        }
        sql.append(" from survey_profile_daily where dimension = ? and response_date between ? and ?");
        var args = new ArrayList<Object>(List.of(dimension, java.sql.Date.valueOf(filter.period().from()),
                java.sql.Date.valueOf(filter.period().to())));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            var channels = SurveyStatistics.channels(filter.channel());
            sql.append(" and channel in (?, ?)");
            args.addAll(channels);
        }
        sql.append(" group by grp");
        var groups = jdbc.query(sql.toString(), (rs, row) -> {
            long n = rs.getLong(2);
            long[] sums = new long[9];
            for (int u = 0; u < 9; u++) {
                sums[u] = rs.getLong(3 + u);
            }
            return new IkmReport.Group(rs.getString(1), n, IkmCalculator.fromSums(n, sums, convention));
        }, args.toArray());
        // in the order people read them (SD before SMA, youngest first), not alphabetically
        groups.sort(java.util.Comparator.comparingInt(g -> GROUP_ORDER.indexOf(g.key())));
        return groups;
    }

    private static final List<String> GROUP_ORDER = java.util.stream.Stream.of(
            java.util.Arrays.stream(Gender.values()).map(Enum::name),
            java.util.stream.Stream.of("< 25", "25–34", "35–44", "45–54", "55+"),
            java.util.Arrays.stream(Education.values()).map(Enum::name),
            java.util.Arrays.stream(Occupation.values()).map(Enum::name)).flatMap(s -> s).toList();
}
