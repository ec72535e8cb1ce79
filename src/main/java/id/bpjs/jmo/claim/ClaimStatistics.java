package id.bpjs.jmo.claim;

import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.domain.ServiceChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** JHT claim speed and claim-speed feedback, read from the daily aggregates kept by {@link ClaimAggregates}. */
@Service
@Transactional(readOnly = true)
public class ClaimStatistics {

    /** How many paid claims of a channel took a given number of working days from complete documents. */
    public record DaysCount(ClaimChannel channel, int workingDays, long claims) {
    }

    /** Claim-speed ratings (1–5) given as feedback on one Rogers attribute. */
    public record Rating(RogersAttribute attribute, long ratings, long sum) {

        public double mean() {
            return ratings == 0 ? 0 : sum / (double) ratings;
        }
    }

    /** Histogram buckets of working days to payment; the last one collects everything longer. */
    public static final int MAX_DAYS_BUCKET = 10;

    /** The distribution of working days to payment, from which medians and the 5-day share follow exactly. */
    public record PaymentSpeed(List<DaysCount> histogram) {

        public long paid(ClaimChannel channel) {
            return histogram.stream().filter(d -> d.channel() == channel).mapToLong(DaysCount::claims).sum();
        }

        public long paid() {
            return histogram.stream().mapToLong(DaysCount::claims).sum();
        }

        /** The median working days of a channel's paid claims (the lower median for an even count). */
        public Optional<Integer> median(ClaimChannel channel) {
            long n = paid(channel);
            if (n == 0) {
                return Optional.empty();
            }
            long middle = (n + 1) / 2;
            long seen = 0;
            for (var count : histogram.stream().filter(d -> d.channel() == channel)
                    .sorted(java.util.Comparator.comparingInt(DaysCount::workingDays)).toList()) {
                seen += count.claims();
                if (seen >= middle) {
                    return Optional.of(count.workingDays());
                }
            }
            return Optional.empty();
        }

        /**
         * Paid claims of a channel per working days to payment, 0 … {@value #MAX_DAYS_BUCKET}, the last bucket
         * holding "that many or more": the histogram the dashboard and the findings draw.
         */
        public long[] buckets(ClaimChannel channel) {
            long[] buckets = new long[MAX_DAYS_BUCKET + 1];
            histogram.stream().filter(d -> d.channel() == channel)
                    .forEach(d -> buckets[Math.min(d.workingDays(), MAX_DAYS_BUCKET)] += d.claims());
            return buckets;
        }

        /**
         * Percent (one decimal, half up) of a channel's paid claims in bucket {@code bucket} of {@link #buckets}:
         * the bars of the claim-speed histogram; 0 when the channel paid none.
         */
        public double percentIn(ClaimChannel channel, int bucket) {
            long paid = paid(channel);
            return paid == 0 ? 0
                    : id.bpjs.jmo.base.domain.Ratio.of(buckets(channel)[bucket] * 100, paid).rounded(1).doubleValue();
        }

        /** Share of paid claims within {@code days} working days (PP 46/2015: 5); empty when none was paid. */
        public Optional<Double> shareWithin(int days) {
            long n = paid();
            if (n == 0) {
                return Optional.empty();
            }
            return Optional.of(paidWithin(days) / (double) n);
        }

        /** Paid claims paid within {@code days} working days: the hits of {@link #shareWithin} out of {@link #paid()}. */
        public long paidWithin(int days) {
            return histogram.stream().filter(d -> d.workingDays() <= days).mapToLong(DaysCount::claims).sum();
        }
    }

    private final JdbcTemplate jdbc;

    ClaimStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PaymentSpeed paymentSpeed(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select channel, working_days, sum(paid) from claim_speed_daily" + where(filter, args)
                + " group by channel, working_days";
        return new PaymentSpeed(jdbc.query(sql, (rs, row) -> new DaysCount(ClaimChannel.valueOf(rs.getString(1)),
                rs.getInt(2), rs.getLong(3)), args.toArray()));
    }

    public List<Rating> ratingsPerAttribute(RecordFilter filter) {
        var args = new ArrayList<Object>();
        var sql = "select attribute, sum(ratings), sum(rating_sum) from claim_rating_daily" + where(filter, args)
                + " group by attribute";
        var rows = jdbc.query(sql, (rs, row) -> new Rating(RogersAttribute.valueOf(rs.getString(1)), rs.getLong(2),
                rs.getLong(3)), args.toArray());
        var all = new ArrayList<Rating>();
        for (var attribute : RogersAttribute.values()) {
            all.add(rows.stream().filter(r -> r.attribute() == attribute).findFirst()
                    .orElse(new Rating(attribute, 0, 0)));
        }
        return all;
    }

    static String claimChannel(ServiceChannel channel) {
        return switch (channel) {
            case JMO -> ClaimChannel.JMO.name();
            case COUNTER -> ClaimChannel.BRANCH.name();
        };
    }

    private static String where(RecordFilter filter, List<Object> args) {
        var sql = new StringBuilder(" where submitted_date between ? and ?");
        args.add(java.sql.Date.valueOf(filter.period().from()));
        args.add(java.sql.Date.valueOf(filter.period().to()));
        if (filter.branchId() != null) {
            sql.append(" and branch_id = ?");
            args.add(filter.branchId());
        }
        if (filter.channel() != null) {
            sql.append(" and channel = ?");
            args.add(claimChannel(filter.channel()));
        }
        return sql.toString();
    }
}
