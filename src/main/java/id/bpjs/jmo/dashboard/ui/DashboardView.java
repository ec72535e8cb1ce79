package id.bpjs.jmo.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.dashboard.DashboardService;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.survey.AttributeScore;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;

/** The branch manager's main screen. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final String HIGHLIGHT = "#d9480f";
    static final String BASE_COLOUR = "#1c7ed6";

    private final DashboardService dashboard;
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final Select<Integer> months = new Select<>();
    private final ChartCard attributeCard;

    DashboardView(DashboardService dashboard, BranchService branches, CurrentUser currentUser) {
        this.dashboard = dashboard;
        addClassName("dashboard-view");

        branch.setLabel(getTranslation("filter.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(Branch::toString);
        branch.setPlaceholder(getTranslation("filter.allBranches"));
        branch.setClearButtonVisible(true);
        var user = currentUser.require();
        if (!user.seesAllBranches()) {
            branches.all().stream().filter(b -> b.getId() != null && b.getId().equals(user.branchId())).findFirst()
                    .ifPresent(branch::setValue);
            branch.setReadOnly(true);
        }
        months.setLabel(getTranslation("filter.period"));
        months.setItems(3, 6, 12, 24);
        months.setItemLabelGenerator(m -> getTranslation("filter.lastMonths", m));
        months.setValue(12);

        branch.addValueChangeListener(e -> refresh());
        months.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(branch, months);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filters");

        attributeCard = new ChartCard(getTranslation("chart.attributeScores.title"), "kepuasan-per-atribut");
        attributeCard.setId("chart-attribute-scores");
        var grid = new Div(attributeCard);
        grid.addClassName("chart-grid");
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        var period = DateRange.lastMonths(months.getValue(), LocalDate.now());
        var selected = branch.getValue();
        var scores = dashboard.attributeScores(period, selected == null ? null : selected.getId(), null);
        showAttributeScores(scores);
    }

    private void showAttributeScores(List<AttributeScore> scores) {
        long n = scores.isEmpty() ? 0 : scores.getFirst().n();
        var locale = getLocale();
        var weakest = scores.stream().min(Comparator.comparingDouble(AttributeScore::mean))
                .map(AttributeScore::attribute).orElse(null);
        var dataset = new BarDataset().setLabel(getTranslation("chart.attributeScores.mean"));
        var labels = scores.stream().map(s -> s.attribute().label(locale)).toList();
        for (var score : scores) {
            dataset.addData(Math.round(score.mean() * 100) / 100.0);
            dataset.addBackgroundColor(score.attribute() == weakest ? HIGHLIGHT : BASE_COLOUR);
        }
        var chart = new BarChart(new BarData().setLabels(labels).addDataset(dataset), new BarOptions()
                .setScales(new Scales().addScale(Scales.ScaleAxis.Y, new LinearScaleOptions().setMin(1).setMax(5)))
                .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false))));
        attributeCard.chart().setChart(chart);
        attributeCard.chart().setTooltipExtras(List.of(scores.stream()
                .map(s -> getTranslation("chart.attributeScores.satisfied") + ": " + Formats.percent(s.shareSatisfied()))
                .toList()));
        attributeCard.show(n,
                List.of(getTranslation("chart.col.attribute"), getTranslation("chart.attributeScores.mean"),
                        getTranslation("chart.attributeScores.satisfied"), "n"),
                n == 0 ? List.of() : scores.stream().map(s -> List.of(
                        s.attribute().label(locale) + (s.attribute() == weakest ? " ▼" : ""),
                        Formats.decimal(s.mean(), 2), Formats.percent(s.shareSatisfied()),
                        Formats.number(s.n()))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
