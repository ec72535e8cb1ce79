package id.bpjs.jmo.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the protocol-level load test ({@link UidlLoadTest}) measured: each action's latency (ms, from the first
 * request sent to the last response read in full) and response size (characters, ≈ bytes) per action kind, and the
 * errors counted by message. Safe for many virtual threads at once. Percentiles are exact (nearest rank over every
 * sample); the sample counts of a run are small enough to keep all of them.
 */
final class LoadStats {

    private record Sample(double ms, long bytes) {
    }

    private final Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    void record(String kind, double ms, long bytes) {
        samples.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(new Sample(ms, bytes));
    }

    void error(String message) {
        errors.computeIfAbsent(message, k -> new LongAdder()).increment();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Nearest-rank percentile {@code p} (0–100] of {@code sorted} (ascending), NaN when empty. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A Markdown table: one row per action kind and one for all actions, then the errors by message. */
    List<String> report() {
        var lines = new ArrayList<String>();
        lines.add("| action | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | mean response (KB) |");
        lines.add("|---|---|---|---|---|---|---|");
        var all = new ArrayList<Sample>();
        samples.forEach((kind, queue) -> {
            var list = List.copyOf(queue);
            all.addAll(list);
            lines.add(row(kind, list));
        });
        lines.add(row("**all actions**", all));
        lines.add("ERRORS " + errorCount());
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("  " + e.getValue().sum() + " × " + e.getKey()));
        return lines;
    }

    private static String row(String kind, List<Sample> list) {
        double[] ms = list.stream().mapToDouble(Sample::ms).sorted().toArray();
        double kb = list.stream().mapToLong(Sample::bytes).average().orElse(0) / 1024;
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.1f |", kind, ms.length,
                percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                ms.length == 0 ? Double.NaN : ms[ms.length - 1], kb);
    }
}
