package id.bpjs.jmo.findings.ui;

import id.bpjs.jmo.findings.Deck;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.Chart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/** A deck chart as a Chart.js configuration, for the presentation in the browser. */
final class DeckChartConfigs {

    private DeckChartConfigs() {
    }

    static Chart<?, ?, ?> toChartJs(Deck.ChartSpec spec) {
        var axis = new LinearScaleOptions();
        if (spec.min() != null) {
            axis.setMin(spec.min());
        }
        if (spec.max() != null) {
            axis.setMax(spec.max());
        }
        if (spec.counts()) {
            // whole numbers of complaints: no tick at 0,5
            axis.setTicks(new LinearTickOptions().setPrecision(0));
        }
        if (spec.valueAxis() != null) {
            axis.setTitle(new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(spec.valueAxis()));
        }
        var plugins = new Plugins().setLegend(new LegendOptions().setDisplay(spec.series().size() > 1));
        var scales = new Scales().addScale(Scales.ScaleAxis.Y, axis);
        if (spec.type() == Deck.ChartSpec.Type.LINE) {
            var data = new LineData().setLabels(spec.labels());
            for (var series : spec.series()) {
                var dataset = new LineDataset().setLabel(series.name()).setBorderColor(series.colour())
                        .setBackgroundColor(series.colour()).setTension(0.25).setFill(false).setBorderWidth(4);
                dataset.setPointRadius(java.util.List.of(6));
                series.values().forEach(dataset::addData);
                data.addDataset(dataset);
            }
            // a month without data is a gap in the line, as in the slide's table and the PPTX/PDF charts
            return new LineChart(data, new LineOptions().setScales(scales).setPlugins(plugins).setSpanGaps(false));
        }
        var data = new BarData().setLabels(spec.labels());
        for (var series : spec.series()) {
            var dataset = new BarDataset().setLabel(series.name()).setBackgroundColor(series.colour());
            series.values().forEach(dataset::addData);
            data.addDataset(dataset);
        }
        return new BarChart(data, new BarOptions().setScales(scales).setPlugins(plugins));
    }
}
