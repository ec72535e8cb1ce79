package id.bpjs.jmo.complaint.ui;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.complaint.AppVersion;
import id.bpjs.jmo.complaint.AppVersionStatistics;
import id.bpjs.jmo.complaint.AppVersionStatistics.VersionShare;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * Turns {@link AppVersionStatistics.Report} into Chart.js configurations: error reports per week stacked by version
 * and platform (oldest version at the bottom) with a marker at the week each version was first reported, and each
 * version's share of the period's reports. Pure functions of the report, so the chart shows exactly its table.
 */
final class AppVersionChartConfigs {

    /** Colours for versions, newest last; repeated when there are more versions than colours. */
    static final List<String> PALETTE = List.of("#adb5bd", "#74c0fc", "#4dabf7", "#9775fa", "#63e6be", "#ffd43b",
            "#f76707", "#e03131", "#0a7d3e", "#1c7ed6", "#d6336c", "#5c940d");

    /** A chart with its table of numbers, n, and its release markers (index of the week, version). */
    record Built(BarChart chart, List<String> columns, List<List<String>> rows, long n,
            List<ChartJs.Marker> markers) {
    }

    private final Function<String, String> t;

    private java.util.Locale locale = Formats.ID;

    /** Dates (first seen) and numbers in the tables in the page's language ({@code pageLocale}). */
    AppVersionChartConfigs inLocale(java.util.Locale pageLocale) {
        this.locale = pageLocale;
        return this;
    }

    AppVersionChartConfigs(Function<String, String> translate) {
        this.t = translate;
    }

    String label(String version, String platform) {
        var v = version.isEmpty() ? t.apply("versions.unknownVersion") : version;
        return platform.isEmpty() ? v : v + " · " + t.apply("enum.Platform." + platform);
    }

    /** Weekly stacked bars, one dataset per version and platform in the report's order (oldest at the bottom). */
    Built weekly(AppVersionStatistics.Report report) {
        var series = report.series();
        var format = Formats.datePattern("d MMM yy", locale);
        var labels = report.weeks().stream().map(w -> format.format(w.monday())).toList();
        var data = new BarData().setLabels(labels);
        var colours = versionColours(series);
        for (int s = 0; s < series.size(); s++) {
            var one = series.get(s);
            var dataset = new BarDataset().setLabel(label(one.version(), one.platform()))
                    .setBackgroundColor(colours.get(one.version())).setStack("versions");
            if ("IOS".equals(one.platform())) {
                // the same colour per version; iOS drawn with a border so the two platforms stay apart
                dataset.setBorderColor("#212529").setBorderWidth(1);
            }
            for (var week : report.weeks()) {
                dataset.addData(week.reports().get(s));
            }
            data.addDataset(dataset);
        }
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < report.weeks().size(); i++) {
            var week = report.weeks().get(i);
            var parts = new ArrayList<String>();
            for (int s = 0; s < series.size(); s++) {
                long value = week.reports().get(s);
                if (value > 0) {
                    parts.add(label(series.get(s).version(), series.get(s).platform()) + ": "
                            + Formats.number(value, locale));
                }
            }
            int index = i;
            var released = report.releases().stream().filter(r -> r.weekIndex() == index)
                    .map(AppVersionStatistics.Release::version).toList();
            rows.add(List.of(labels.get(i), Formats.number(week.total(), locale), String.join(", ", parts),
                    String.join(", ", released)));
        }
        var chart = new BarChart(data, new BarOptions().setScales(new Scales()
                .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions().setStacked(true))
                .addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setStacked(true).setBeginAtZero(true)
                        .setTicks(new LinearTickOptions().setPrecision(0))))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(true).setPosition("bottom"))));
        var markers = report.releases().stream().map(r -> new ChartJs.Marker(r.weekIndex(), r.version())).toList();
        return new Built(chart, List.of(t.apply("chart.col.week"), t.apply("chart.col.errorReports"),
                t.apply("versions.col.perVersion"), t.apply("versions.col.released")), rows, report.total(), markers);
    }

    /** Each version's share of the period's reports, newest version first, as horizontal bars in percent. */
    Built shares(AppVersionStatistics.Report report) {
        var series = report.versions().stream()
                .map(v -> new AppVersionStatistics.Series(v.version(), v.platform())).toList();
        var colours = versionColours(series);
        var dataset = new BarDataset().setLabel(t.apply("versions.share"));
        var rows = new ArrayList<List<String>>();
        for (VersionShare v : report.versions()) {
            dataset.addData(v.percent());
            dataset.addBackgroundColor(colours.get(v.version()));
            rows.add(List.of(label(v.version(), v.platform()), Formats.number(v.reports(), locale),
                    Formats.percent(v.share(), locale),
                    Formats.date(v.firstSeen(), locale)));
        }
        var labels = series.stream().map(s -> label(s.version(), s.platform())).toList();
        var chart = new BarChart(new BarData().setLabels(labels).addDataset(dataset), new BarOptions()
                .setIndexAxis(IndexAxis.Y)
                .setScales(new Scales().addScale(Scales.ScaleAxis.X, new LinearScaleOptions().setBeginAtZero(true)
                        .setMax(100)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false))));
        return new Built(chart, List.of(t.apply("versions.col.version"), t.apply("chart.col.errorReports"),
                t.apply("versions.share"), t.apply("versions.col.firstSeen")), rows, report.total(), List.of());
    }

    /** One colour per version, the newest ones in the strongest colours. */
    private static Map<String, String> versionColours(List<AppVersionStatistics.Series> series) {
        var versions = series.stream().map(AppVersionStatistics.Series::version).distinct()
                .sorted(AppVersion.ORDER).toList();
        var colours = new LinkedHashMap<String, String>();
        int offset = Math.max(0, PALETTE.size() - versions.size());
        for (int i = 0; i < versions.size(); i++) {
            colours.put(versions.get(i), PALETTE.get((offset + i) % PALETTE.size()));
        }
        return colours;
    }
}
