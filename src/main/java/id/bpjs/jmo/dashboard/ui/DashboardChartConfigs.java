package id.bpjs.jmo.dashboard.ui;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.ClaimStatistics;
import id.bpjs.jmo.claim.DaysBucket;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.dashboard.DashboardData;
import id.bpjs.jmo.survey.ImportancePerformance;
import id.bpjs.jmo.survey.SurveyTotals;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.Chart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.charts.RadarChart;
import software.xdev.chartjs.model.charts.ScatterChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.data.RadarData;
import software.xdev.chartjs.model.data.ScatterData;
import software.xdev.chartjs.model.datapoint.ScatterDataPoint;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.dataset.RadarDataset;
import software.xdev.chartjs.model.dataset.ScatterDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.RadarOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;
import software.xdev.chartjs.model.options.scale.radial.RadialLinearScaleOptions;

/**
 * Turns the dashboard's records into Chart.js configurations. Pure functions of the data and the translation
 * function, so every chart shows exactly the numbers its table shows.
 */
final class DashboardChartConfigs {

    static final String HIGHLIGHT = "#d9480f";
    static final String BASE = "#1c7ed6";
    static final String PREVIOUS = "#adb5bd";
    static final Map<ComplaintCategory, String> CATEGORY_COLOURS = new EnumMap<>(Map.of(
            ComplaintCategory.LOGIN_OTP, "#74c0fc", ComplaintCategory.FACE_VERIFICATION, "#9775fa",
            ComplaintCategory.APP_ERROR, "#e03131", ComplaintCategory.BALANCE_DATA, "#ffd43b",
            ComplaintCategory.CLAIM_BLOCKED, "#f76707", ComplaintCategory.DIGITAL_CARD, "#63e6be",
            ComplaintCategory.MISSING_FEATURE, "#4dabf7", ComplaintCategory.HARD_TO_USE, "#e599f7",
            ComplaintCategory.OTHER, "#ced4da"));
    static final String JMO_COLOUR = id.bpjs.jmo.base.domain.BrandColours.GREEN_HEX;
    static final String COUNTER_COLOUR = "#1c7ed6";
    static final int MAX_DAYS_BUCKET = ClaimStatistics.MAX_DAYS_BUCKET;

    private final Function<String, String> t;
    private final Locale locale;

    DashboardChartConfigs(Function<String, String> translate, Locale locale) {
        this.t = translate;
        this.locale = locale;
    }

    /** A chart with its table of numbers and, per dataset, extra tooltip lines. */
    record Built(Chart<?, ?, ?> chart, List<String> columns, List<List<String>> rows, List<List<String>> tooltips, long n) {
    }

    private static Plugins legend(boolean show) {
        return new Plugins().setLegend(new LegendOptions().setDisplay(show).setPosition("bottom"));
    }

    private static double round1Down(double value) {
        return Math.floor(value * 10) / 10.0;
    }

    private static double round1Up(double value) {
        return Math.ceil(value * 10) / 10.0;
    }

    private static double round2(double value) {
        return Formats.asShown(value, Formats.MEAN_DIGITS);
    }

    /** A stacked axis of counts: from zero, whole numbers only (no tick at 0,5 complaints). */
    private static LinearScaleOptions countAxis() {
        return new LinearScaleOptions().setStacked(true).setBeginAtZero(true)
                .setTicks(new LinearTickOptions().setPrecision(0));
    }

    private List<String> attributeLabels() {
        return java.util.Arrays.stream(RogersAttribute.values()).map(a -> a.label(locale)).toList();
    }

    Built attributeScores(DashboardData data) {
        var totals = data.survey();
        var weakest = data.weakest().orElse(null);
        var dataset = new BarDataset().setLabel(t.apply("chart.attributeScores.mean"));
        var rows = new ArrayList<List<String>>();
        var tooltips = new ArrayList<String>();
        for (var attribute : RogersAttribute.values()) {
            dataset.addData(round2(totals.mean(attribute)));
            dataset.addBackgroundColor(attribute == weakest ? HIGHLIGHT : BASE);
            // each attribute's own n: plain SKM rows and blank items do not count for it
            tooltips.add(t.apply("chart.attributeScores.satisfied") + ": "
                    + Formats.percent(totals.shareSatisfied(attribute),
                    locale) + " · n = " + Formats.number(totals.n(attribute), locale));
            rows.add(List.of(attribute.label(locale) + (attribute == weakest ? " ▼" : ""),
                    Formats.decimal(totals.mean(attribute), 2, locale),
                    Formats.percent(totals.shareSatisfied(attribute), locale),
                    Formats.number(totals.n(attribute), locale)));
        }
        var chart = new BarChart(new BarData().setLabels(attributeLabels()).addDataset(dataset), new BarOptions()
                .setScales(new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setMin(1).setMax(5)))
                .setPlugins(legend(false)));
        return new Built(chart, List.of(t.apply("chart.col.attribute"), t.apply("chart.attributeScores.mean"),
                t.apply("chart.attributeScores.satisfied"), "n"), rows, List.of(tooltips), totals.overallResponses());
    }

    Built monthlyTrend(DashboardData data) {
        var months = data.monthly();
        var format = Formats.datePattern("MMM yyyy", locale);
        var labels = months.stream().map(m -> format.format(m.month())).toList();
        var lineData = new LineData().setLabels(labels);
        for (var attribute : RogersAttribute.values()) {
            var dataset = new LineDataset().setLabel(attribute.label(locale))
                    .setBorderColor(attribute.colour())
                    .setBackgroundColor(attribute.colour()).setTension(0.25).setFill(false);
            // a month without enough responses is a gap (null), not a mean of 0 or of one answer
            months.forEach(m -> {
                var mean = m.plottedMean(attribute);
                dataset.addData(mean == null ? null : round2(mean));
            });
            lineData.addDataset(dataset);
        }
        var rows = new ArrayList<List<String>>();
        long n = 0;
        for (int i = 0; i < months.size(); i++) {
            var totals = months.get(i).totals();
            n += totals.overallResponses();
            var row = new ArrayList<String>();
            row.add(labels.get(i));
            for (var attribute : RogersAttribute.values()) {
                row.add(totals.responses() == 0 ? "–" : Formats.decimal(totals.mean(attribute), Formats.MEAN_DIGITS,
                        locale));
            }
            row.add(Formats.number(totals.overallResponses(), locale));
            rows.add(row);
        }
        var columns = new ArrayList<String>();
        columns.add(t.apply("chart.col.month"));
        columns.addAll(attributeLabels());
        columns.add("n");
        var tooltips = new ArrayList<List<String>>();
        for (var attribute : RogersAttribute.values()) {
            tooltips.add(months.stream().map(m -> "n = " + Formats.number(m.totals().n(attribute), locale)).toList());
        }
        var chart = new LineChart(lineData, new LineOptions().setSpanGaps(false)
                .setScales(new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setMin(1).setMax(5)))
                .setPlugins(legend(true)));
        return new Built(chart, columns, rows, tooltips, n);
    }

    Built complaintsPerWeek(DashboardData data) {
        var weeks = data.complaintWeeks();
        long n = weeks.stream().mapToLong(DashboardData.WeekCounts::total).sum();
        var format = Formats.datePattern("d MMM yy", locale);
        var labels = weeks.stream().map(week -> format.format(week.start())).toList();
        var barData = new BarData().setLabels(labels);
        for (var category : DashboardData.weeklyCategoryOrder()) {
            var dataset = new BarDataset().setLabel(t.apply("enum.ComplaintCategory." + category.name()))
                    .setBackgroundColor(CATEGORY_COLOURS.get(category)).setStack("complaints");
            weeks.forEach(week -> dataset.addData(week.count(category)));
            barData.addDataset(dataset);
        }
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < weeks.size(); i++) {
            var week = weeks.get(i);
            rows.add(List.of(labels.get(i), Formats.number(week.count(ComplaintCategory.APP_ERROR), locale),
                    Formats.number(week.total(), locale)));
        }
        var chart = new BarChart(barData, new BarOptions().setScales(new Scales()
                .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setStacked(true))
                .addScale(Scales.ScaleAxis.Y, countAxis()))
                .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.col.week"), t.apply("chart.col.errorReports"),
                t.apply("chart.col.complaints")), rows, List.of(), n);
    }

    Built complaintsPerAttribute(DashboardData data) {
        var complaints = new BarDataset().setLabel(t.apply("chart.col.complaints")).setBackgroundColor(BASE);
        var errors = new BarDataset().setLabel(t.apply("chart.col.errorReports")).setBackgroundColor("#e03131");
        var rows = new ArrayList<List<String>>();
        long n = 0;
        for (var count : data.complaintAttributes()) {
            complaints.addData(count.complaints() - count.errorReports());
            errors.addData(count.errorReports());
            n += count.complaints();
            rows.add(List.of(count.attribute().label(locale), Formats.number(count.errorReports(), locale),
                    Formats.number(count.complaints(), locale)));
        }
        var chart = new BarChart(new BarData().setLabels(attributeLabels()).addDataset(errors).addDataset(complaints),
                new BarOptions().setScales(new Scales()
                        .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setStacked(true))
                        .addScale(Scales.ScaleAxis.Y, countAxis()))
                        .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.col.attribute"), t.apply("chart.col.errorReports"),
                t.apply("chart.col.complaints")), rows, List.of(), n);
    }

    Built claimSpeed(DashboardData data) {
        var payment = data.payment();
        var labels = new ArrayList<String>();
        for (int d = 0; d <= MAX_DAYS_BUCKET; d++) {
            labels.add(DaysBucket.ofBar(d).value());
        }
        var barData = new BarData().setLabels(labels);
        var tooltips = new ArrayList<List<String>>();
        var counts = new EnumMap<ClaimChannel, long[]>(ClaimChannel.class);
        for (var channel : ClaimChannel.values()) {
            long[] buckets = payment.buckets(channel);
            counts.put(channel, buckets);
            long paid = payment.paid(channel);
            var dataset = new BarDataset().setLabel(t.apply("channel.claim." + channel.name()) + " (n = "
                    + Formats.number(paid, locale) + ")").setBackgroundColor(channel == ClaimChannel.JMO ? JMO_COLOUR
                    : COUNTER_COLOUR);
            var lines = new ArrayList<String>();
            for (int bucket = 0; bucket <= MAX_DAYS_BUCKET; bucket++) {
                dataset.addData(payment.percentIn(channel, bucket));
                lines.add(Formats.number(buckets[bucket], locale) + " " + t.apply("chart.claimSpeed.claims"));
            }
            tooltips.add(lines);
            barData.addDataset(dataset);
        }
        var rows = new ArrayList<List<String>>();
        for (int d = 0; d <= MAX_DAYS_BUCKET; d++) {
            rows.add(List.of(labels.get(d), Formats.number(counts.get(ClaimChannel.JMO)[d], locale),
                    Formats.number(counts.get(ClaimChannel.BRANCH)[d], locale)));
        }
        var chart = new BarChart(barData, new BarOptions().setScales(new Scales()
                .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setTitle(
                        new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(t.apply("chart.claimSpeed.x"))))
                .addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setBeginAtZero(true).setTitle(
                        new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(t.apply("chart.claimSpeed.y")))))
                .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.claimSpeed.x"), t.apply("channel.claim.JMO"),
                t.apply("channel.claim.BRANCH")), rows, tooltips, payment.paid());
    }

    Built ratings(DashboardData data) {
        var dataset = new BarDataset().setLabel(t.apply("chart.ratings.mean")).setBackgroundColor(JMO_COLOUR);
        var rows = new ArrayList<List<String>>();
        var tooltips = new ArrayList<String>();
        long n = 0;
        for (var rating : data.ratings()) {
            dataset.addData(round2(rating.mean()));
            tooltips.add("n = " + Formats.number(rating.ratings(), locale));
            n += rating.ratings();
            rows.add(List.of(rating.attribute().label(locale),
                    rating.ratings() == 0 ? "–" : Formats.decimal(rating.mean(), 2, locale),
                    Formats.number(rating.ratings(), locale)));
        }
        var chart = new BarChart(new BarData().setLabels(attributeLabels()).addDataset(dataset), new BarOptions()
                .setScales(new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setMin(1).setMax(5)))
                .setPlugins(legend(false)));
        return new Built(chart, List.of(t.apply("chart.col.attribute"), t.apply("chart.ratings.mean"), "n"), rows,
                List.of(tooltips), n);
    }

    /** Open complaints per status, stacked by age band: one dataset per {@code ComplaintDeadlines.AgeBand}, in order. */
    Built openByAge(DashboardData data, int firstResponseDays, int resolutionDays) {
        var labels = data.openByAge().stream().map(s -> t.apply("enum.ComplaintStatus." + s.status().name())).toList();
        var firstResponse = Formats.number(firstResponseDays, locale);
        var resolution = Formats.number(resolutionDays, locale);
        var within = new BarDataset().setLabel(MessageFormat.format(t.apply("chart.age.within"), firstResponse))
                .setBackgroundColor("#2f9e44").setStack("age");
        var before = new BarDataset().setLabel(MessageFormat.format(t.apply("chart.age.before"), firstResponse,
                resolution)).setBackgroundColor("#f59f00").setStack("age");
        var past = new BarDataset().setLabel(MessageFormat.format(t.apply("chart.age.past"), resolution))
                .setBackgroundColor("#e03131").setStack("age");
        var rows = new ArrayList<List<String>>();
        long n = 0;
        for (var status : data.openByAge()) {
            within.addData(status.withinFirstResponse());
            before.addData(status.beforeResolutionLimit());
            past.addData(status.pastResolutionLimit());
            n += status.total();
            rows.add(List.of(t.apply("enum.ComplaintStatus." + status.status().name()),
                    Formats.number(status.withinFirstResponse(), locale),
                    Formats.number(status.beforeResolutionLimit(), locale),
                    Formats.number(status.pastResolutionLimit(), locale)));
        }
        var chart = new BarChart(new BarData().setLabels(labels).addDataset(within).addDataset(before).addDataset(past),
                new BarOptions().setScales(new Scales()
                        .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setStacked(true))
                        .addScale(Scales.ScaleAxis.Y, countAxis()))
                        .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.col.status"), within.getLabel(), before.getLabel(),
                past.getLabel()), rows, List.of(), n);
    }

    /**
     * The five attributes this period against the previous one. An attribute whose change is beyond chance at 95 %
     * (Welch's t from n, Σx, Σx² of the daily aggregates, {@link DashboardData#attributeChange}) carries ▲ or ▼ on
     * its name and a larger point; the table says the verdict with its p for every attribute.
     */
    Built radar(DashboardData data) {
        var current = radarDataset(t.apply("chart.radar.current"), data.survey(), BASE);
        var previous = radarDataset(t.apply("chart.radar.previous"), data.previousSurvey(), PREVIOUS);
        var rows = new ArrayList<List<String>>();
        var labels = new ArrayList<String>();
        boolean compared = data.previousSurvey().overallResponses() > 0;
        for (var attribute : RogersAttribute.values()) {
            var change = data.attributeChange(attribute);
            var mark = !compared ? "" : switch (change.verdict()) {
                case UP -> " ▲";
                case DOWN -> " ▼";
                case NO_CHANGE, TOO_FEW -> "";
            };
            labels.add(attribute.label(locale) + mark);
            current.addPointRadius(mark.isEmpty() ? 3 : 7);
            rows.add(List.of(attribute.label(locale) + mark,
                    data.survey().n(attribute) == 0 ? "–" : Formats.decimal(data.survey().mean(attribute), 2, locale),
                    data.previousSurvey().n(attribute) == 0 ? "–"
                            : Formats.decimal(data.previousSurvey().mean(attribute), 2, locale),
                    compared ? verdict(change) : "–"));
        }
        var radarData = new RadarData().setLabels(labels).addDataset(current);
        if (compared) {
            radarData.addDataset(previous);
        }
        var chart = new RadarChart(radarData, new RadarOptions().setScales(new Scales()
                .addScale("r", new RadialLinearScaleOptions().setMin(1).setMax(5)))
                .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.col.attribute"), t.apply("chart.radar.current") + " (n = "
                + Formats.number(data.survey().overallResponses(), locale) + ")",
                t.apply("chart.radar.previous") + " (n = "
                + Formats.number(data.previousSurvey().overallResponses(), locale) + ")",
                t.apply("chart.radar.change")),
                rows, List.of(), data.survey().overallResponses());
    }

    /** "turun bermakna (p = 0,003)", "masih dalam batas kebetulan (p = 0,41)", "respons terlalu sedikit …". */
    private String verdict(id.bpjs.jmo.base.stats.Significance.Change change) {
        if (change.verdict() == id.bpjs.jmo.base.stats.Significance.Verdict.TOO_FEW) {
            return t.apply("kf.tooFewToTell");
        }
        var p = Formats.pValue(change.pValue(), locale);
        return switch (change.verdict()) {
            case UP -> java.text.MessageFormat.format(t.apply("chart.radar.up"), p);
            case DOWN -> java.text.MessageFormat.format(t.apply("chart.radar.down"), p);
            case NO_CHANGE -> java.text.MessageFormat.format(t.apply("kf.withinChance"), p);
            case TOO_FEW -> t.apply("kf.tooFewToTell");
        };
    }

    private static RadarDataset radarDataset(String label, SurveyTotals totals, String colour) {
        var dataset = new RadarDataset().setLabel(label).setBorderColor(colour)
                .setBackgroundColor(colour + "33").setFill(true);
        for (var attribute : RogersAttribute.values()) {
            dataset.addData(round2(totals.mean(attribute)));
        }
        return dataset;
    }

    /**
     * Importance (correlation with overall satisfaction) against performance (mean): one dataset per point of the
     * analysis, in its order; the crossing lines are drawn by the view from the same analysis.
     */
    Built importancePerformance(DashboardData data, ImportancePerformance analysis) {
        var scatter = new ScatterData();
        var rows = new ArrayList<List<String>>();
        double minX = 5;
        double maxX = 1;
        double minY = 1;
        double maxY = -1;
        for (var point : analysis.points()) {
            var attribute = point.attribute();
            // unrounded, as the crossing lines and the recommendations judge them: a point rounded to the shown
            // decimals could land on the other side of a line that lies within 0.005 of it
            double x = point.mean();
            double y = point.importance();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            scatter.addDataset(new ScatterDataset().setLabel(attribute.label(locale))
                    .setBackgroundColor(attribute.colour()).setBorderColor(attribute.colour())
                    .addPointRadius(9).addPointHitRadius(12).addData(new ScatterDataPoint(x, y)));
            rows.add(List.of(attribute.label(locale), Formats.decimal(point.mean(), 2, locale),
                    Formats.decimal(point.importance(), 2, locale)));
        }
        boolean none = analysis.isEmpty();
        var chart = new ScatterChart(scatter, new LineOptions().setScales(new Scales()
                // a margin around the points so none sits on the edge of the plot
                .addScale(Scales.ScaleAxis.X, new LinearScaleOptions().setMin(none ? 1 : round1Down(minX - 0.15))
                        .setMax(none ? 5 : round1Up(maxX + 0.15)).setTitle(new AbstractCartesianScaleOptions.Title()
                        .setDisplay(true).setText(t.apply("chart.ipa.x"))))
                .addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setMin(none ? 0 : round1Down(minY - 0.05))
                        .setMax(none ? 1 : round1Up(maxY + 0.05)).setTitle(new AbstractCartesianScaleOptions.Title()
                        .setDisplay(true).setText(t.apply("chart.ipa.y")))))
                .setPlugins(legend(true)));
        return new Built(chart, List.of(t.apply("chart.col.attribute"), t.apply("chart.ipa.x"),
                t.apply("chart.ipa.y")), rows, List.of(), none ? 0 : data.survey().overallResponses());
    }
}
