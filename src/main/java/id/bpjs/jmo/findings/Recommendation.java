package id.bpjs.jmo.findings;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.survey.SurveyTotals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the closing recommendations, from the importance–performance analysis: importance is the attribute's
 * correlation with overall satisfaction, performance its mean; the crossing point is the average of each over the
 * attributes. Attributes that matter more than average and score below average come first.
 */
public record Recommendation(int rank, RogersAttribute attribute, Quadrant quadrant, double mean, double importance,
        double meanCrossing, double importanceCrossing) {

    /** The four quadrants, in the order recommendations are made. */
    public enum Quadrant {
        CONCENTRATE, LOW_PRIORITY, KEEP_UP, POSSIBLE_OVERKILL
    }

    /**
     * The ranked list; empty when there are fewer than {@value Narrative#MIN_RESPONSES} responses or when no
     * correlation is defined (then nothing can be said about importance).
     */
    public static List<Recommendation> rank(SurveyTotals totals) {
        if (totals.overallResponses() < Narrative.MIN_RESPONSES) {
            return List.of();
        }
        // an attribute answered by too few (items may be blank) says nothing about importance either
        var attributes = Arrays.stream(RogersAttribute.values())
                .filter(a -> totals.n(a) >= Narrative.MIN_RESPONSES)
                .filter(a -> totals.correlationWithOverall(a).isPresent()).toList();
        if (attributes.isEmpty()) {
            return List.of();
        }
        double meanCrossing = attributes.stream().mapToDouble(totals::mean).average().orElse(0);
        double importanceCrossing = attributes.stream()
                .mapToDouble(a -> totals.correlationWithOverall(a).orElseThrow()).average().orElse(0);
        record Point(RogersAttribute attribute, double mean, double importance, Quadrant quadrant) {
        }
        var points = new ArrayList<Point>();
        for (var attribute : attributes) {
            double mean = totals.mean(attribute);
            double importance = totals.correlationWithOverall(attribute).orElseThrow();
            boolean important = importance >= importanceCrossing;
            boolean good = mean >= meanCrossing;
            var quadrant = important ? good ? Quadrant.KEEP_UP : Quadrant.CONCENTRATE
                    : good ? Quadrant.POSSIBLE_OVERKILL : Quadrant.LOW_PRIORITY;
            points.add(new Point(attribute, mean, importance, quadrant));
        }
        // Within a quadrant: the lowest score first where improvement is due, the most important first where it is kept.
        points.sort(Comparator.comparing(Point::quadrant).thenComparing((a, b) -> switch (a.quadrant()) {
            case CONCENTRATE, LOW_PRIORITY -> Double.compare(a.mean(), b.mean());
            case KEEP_UP, POSSIBLE_OVERKILL -> Double.compare(b.importance(), a.importance());
        }));
        var ranked = new ArrayList<Recommendation>();
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            ranked.add(new Recommendation(i + 1, p.attribute(), p.quadrant(), p.mean(), p.importance(), meanCrossing,
                    importanceCrossing));
        }
        return ranked;
    }

    /**
     * The recommendation in Indonesian. "Importance" is a correlation, so the text says "berkaitan" (is tied to), not
     * "berpengaruh" (influences); every comparison names the average it is compared with, with enough decimals that
     * the two numbers shown differ the way the sentence says.
     */
    public String indonesian() {
        var name = attribute.nameId();
        var r = pair(importance, importanceCrossing);
        var m = pair(mean, meanCrossing);
        var tie = "(r = " + r[0] + "; rata-rata r = " + r[1] + ")";
        var score = "(" + m[0] + "; rata-rata atribut " + m[1] + ")";
        return switch (quadrant) {
            case CONCENTRATE -> name + ": berkaitan dengan kepuasan keseluruhan setidaknya seerat rata-rata atribut "
                    + tie + ", tetapi skornya di bawah rata-rata " + score + " — prioritas perbaikan. " + actionId();
            case LOW_PRIORITY -> name + ": skornya di bawah rata-rata " + score + ", kaitannya dengan kepuasan"
                    + " keseluruhan lebih longgar " + tie + " — perbaiki setelah prioritas utama. " + actionId();
            case KEEP_UP -> name + ": berkaitan dengan kepuasan keseluruhan setidaknya seerat rata-rata atribut " + tie
                    + " dan skornya setidaknya rata-rata " + score + " — pertahankan.";
            case POSSIBLE_OVERKILL -> name + ": skornya setidaknya rata-rata " + score + ", kaitannya dengan kepuasan"
                    + " keseluruhan lebih longgar " + tie + " — cukup dipertahankan; sumber daya dapat dialihkan ke"
                    + " prioritas.";
        };
    }

    public String english() {
        var name = attribute.nameEn();
        var r = pair(importance, importanceCrossing);
        var m = pair(mean, meanCrossing);
        var tie = "(r = " + r[0] + "; average r = " + r[1] + ")";
        var score = "(" + m[0] + "; attribute average " + m[1] + ")";
        return switch (quadrant) {
            case CONCENTRATE -> name + ": tied to overall satisfaction at least as closely as the average attribute "
                    + tie + ", but scores below average " + score + " — improve first. " + actionEn();
            case LOW_PRIORITY -> name + ": scores below average " + score + ", less closely tied to overall"
                    + " satisfaction " + tie + " — improve after the priorities. " + actionEn();
            case KEEP_UP -> name + ": tied to overall satisfaction at least as closely as the average attribute " + tie
                    + " and scores at or above average " + score + " — keep it up.";
            case POSSIBLE_OVERKILL -> name + ": scores at or above average " + score + ", less closely tied to overall"
                    + " satisfaction " + tie + " — maintain; resources can move to the priorities.";
        };
    }

    /** Two numbers with 2 decimals, or 3–4 when 2 would show them equal though they are not. */
    static String[] pair(double value, double average) {
        int digits = 2;
        while (digits < 4 && value != average
                && Formats.decimal(value, digits).equals(Formats.decimal(average, digits))) {
            digits++;
        }
        return new String[] {Formats.decimal(value, digits), Formats.decimal(average, digits)};
    }

    /** What the branch can do about the attribute: the levers the study names for each. */
    private String actionId() {
        return switch (attribute) {
            case RELATIVE_ADVANTAGE -> "Tonjolkan keunggulan JMO (klaim tanpa antre, pembayaran lebih cepat) dalam"
                    + " sosialisasi.";
            case COMPATIBILITY -> "Tindak lanjuti laporan eror aplikasi bersama tim TI dan uji JMO di perangkat peserta"
                    + " setelah setiap pembaruan.";
            case COMPLEXITY -> "Sederhanakan panduan langkah klaim dan verifikasi wajah; dampingi peserta di meja JMO.";
            case TRIALABILITY -> "Beri kesempatan mencoba JMO didampingi petugas, misalnya saat peserta menunggu"
                    + " antrean.";
            case OBSERVABILITY -> "Perjelas status klaim dan hasil layanan di aplikasi dan di ruang layanan.";
        };
    }

    private String actionEn() {
        return switch (attribute) {
            case RELATIVE_ADVANTAGE -> "Make JMO's advantages (no queue, faster payment) visible in outreach.";
            case COMPATIBILITY -> "Follow up app error reports with IT and test JMO on participants' phones after each"
                    + " update.";
            case COMPLEXITY -> "Simplify the claim and face-verification guidance; assist participants at the JMO desk.";
            case TRIALABILITY -> "Let participants try JMO with staff at hand, e.g. while they wait in the queue.";
            case OBSERVABILITY -> "Make claim status and service results clearer in the app and in the service hall.";
        };
    }
}
