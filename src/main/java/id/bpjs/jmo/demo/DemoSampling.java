package id.bpjs.jmo.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The seeds and random draws every part of the demo shares: the branches with their share of the traffic, the Lebaran
 * days (claims and visits peak in the three weeks after), office-hours timestamps over the period (fewer at weekends,
 * more after Lebaran), a weighted choice, a standard normal draw (Box–Muller), clamping, KPJ numbers.
 * <p>
 * Each helper draws only from the {@link SplittableRandom} it is given, always in the same order, so the same seed
 * gives the same rows.
 */
final class DemoSampling {

    private DemoSampling() {
    }

    record BranchSeed(String code, String name, int servedPerMonth, double weight) {
    }

    static final List<BranchSeed> BRANCHES = List.of(
            new BranchSeed("PWT", "Purwokerto", 5200, 0.28),
            new BranchSeed("SMG", "Semarang Pemuda", 9800, 0.24),
            new BranchSeed("TGL", "Tegal", 4100, 0.14),
            new BranchSeed("CLP", "Cilacap", 3600, 0.12),
            new BranchSeed("PKL", "Pekalongan", 3300, 0.11),
            new BranchSeed("MGL", "Magelang", 3000, 0.11));

    /** Idul Fitri: claims and visits peak in the weeks after it. */
    static final List<LocalDate> LEBARAN = List.of(LocalDate.of(2024, 4, 10), LocalDate.of(2025, 3, 31),
            LocalDate.of(2026, 3, 20), LocalDate.of(2027, 3, 10));

    /** Within the three weeks from a Lebaran day. */
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

    /** A branch code by the branches' weights (Purwokerto when the draw falls on a branch that is not there). */
    static String pickBranch(SplittableRandom random, Map<String, Long> ids) {
        double r = random.nextDouble();
        for (var branch : BRANCHES) {
            r -= branch.weight();
            if (r <= 0 && ids.containsKey(branch.code())) {
                return branch.code();
            }
        }
        return BRANCHES.getFirst().code();
    }

    static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }

    static <T> T weighted(SplittableRandom random, List<T> items, double... weights) {
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

    /** A standard normal draw. */
    static double gaussian(SplittableRandom random) {
        // Box–Muller on the split random keeps the stream deterministic.
        double u1 = random.nextDouble(Double.MIN_VALUE, 1.0);
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A participant's KPJ number: eleven digits. */
    static String kpj(SplittableRandom random) {
        return String.valueOf(10_000_000_000L + random.nextLong(89_999_999_999L));
    }

    /** {@code value}, but not before {@code notBefore} (then half an hour after it) and not after {@code now}. */
    static @Nullable LocalDateTime cap(LocalDateTime value, @Nullable LocalDateTime notBefore,
            LocalDateTime now) {
        var result = value;
        if (notBefore != null && result.isBefore(notBefore)) {
            result = notBefore.plusMinutes(30);
        }
        return result.isAfter(now) ? now : result;
    }

    static @Nullable Timestamp ts(@Nullable LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }
}
