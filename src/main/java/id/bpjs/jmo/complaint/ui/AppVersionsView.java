package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.base.ui.FollowsFilter;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.complaint.AppVersionStatistics;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Are errors rising since the latest version?": app error reports per week by app version and platform, with a
 * marker at the week each version was first reported, and each version's share of the period. A click on a bar
 * opens those reports in the complaint list (version, platform and week in the address).
 */
@Route(Links.APP_VERSIONS)
@Menu(order = 12, icon = "vaadin:mobile", title = "versions.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class AppVersionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, FollowsFilter {

    private final AppVersionStatistics statistics;
    private final BranchScope.Options scope;
    private final FilterBar filterBar;
    private final LocalDate today;
    private final Paragraph summary = new Paragraph();
    private final ChartCard weeklyCard;
    private final ChartCard shareCard;
    private FilterParams params;
    private AppVersionStatistics.@Nullable Report report;

    AppVersionsView(AppVersionStatistics statistics, BranchScope branches) {
        this.statistics = statistics;
        today = branches.today();
        scope = branches.forCurrentUser();
        params = FilterParams.defaults(today);
        addClassName("app-versions-view");
        filterBar = new FilterBar(scope.options(), scope.locked(), today,
                changed -> UI.getCurrent().navigate(AppVersionsView.class, changed.toQuery()));
        weeklyCard = new ChartCard(getTranslation("versions.weekly.title"), "error-per-versi-aplikasi");
        weeklyCard.setId("chart-app-versions");
        weeklyCard.chart().setHeight("380px");
        shareCard = new ChartCard(getTranslation("versions.share.title"), "pangsa-versi-aplikasi");
        shareCard.setId("chart-app-version-share");
        summary.setId("app-versions-summary");
        var grid = new Div(weeklyCard, shareCard);
        grid.addClassName("versions-grid");
        add(new H2(getTranslation("versions.menu")), filterBar, summary, grid);
        weeklyCard.chart().addPointClickListener(e -> {
            if (report != null && e.getDatasetIndex() < report.series().size()
                    && e.getIndex() < report.weeks().size()) {
                drillDown(report.series().get(e.getDatasetIndex()), report.weeks().get(e.getIndex()).range());
            }
        });
        shareCard.chart().addPointClickListener(e -> {
            if (report != null && e.getIndex() < report.versions().size()) {
                var version = report.versions().get(e.getIndex());
                drillDown(new AppVersionStatistics.Series(version.version(), version.platform()),
                        params.range(today));
            }
        });
    }

    /** The error reports behind a bar: category, version and platform, in the clicked week or the whole period. */
    private void drillDown(AppVersionStatistics.Series series, DateRange range) {
        var link = Links.to(Links.COMPLAINTS, params.withRange(range))
                .with(Links.CATEGORY, ComplaintCategory.APP_ERROR.name());
        if (!series.version().isEmpty()) {
            link = link.with(Links.APP_VERSION, series.version());
        }
        if (!series.platform().isEmpty()) {
            link = link.with(Links.PLATFORM, series.platform());
        }
        link.navigate();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = scope.parse(event.getLocation().getQueryParameters(), today);
        filterBar.show(params, scope.options());
        var filter = scope.filter(params, today);
        var report = statistics.report(filter);
        this.report = report;
        var charts = new AppVersionChartConfigs(this::getTranslation).inLocale(getLocale());
        var weekly = charts.weekly(report);
        var shares = charts.shares(report);
        weeklyCard.chart().setChart(weekly.chart());
        weeklyCard.chart().setMarkers(weekly.markers());
        weeklyCard.show(weekly.n(), weekly.columns(), weekly.rows());
        shareCard.chart().setChart(shares.chart());
        shareCard.chart().setHeight(Math.max(200, 40 + 28 * report.versions().size()) + "px");
        shareCard.show(shares.n(), shares.columns(), shares.rows());
        var locale = getLocale();
        var newest = report.versions().stream().filter(v -> !v.version().isEmpty()).findFirst();
        var text = newest.map(v -> getTranslation("versions.summary", Formats.number(report.total(), locale),
                        Formats.period(filter.period(), locale), v.version(), Formats.date(v.firstSeen(), locale)))
                .orElse(getTranslation("versions.summary.none", Formats.number(report.total(), locale),
                        Formats.period(filter.period(), locale)));
        var effect = report.effect();
        if (effect != null) {
            text += " " + getTranslation("versions.effect." + effect.change().verdict(), effect.version(),
                    Formats.date(effect.firstSeen(), locale), Formats.decimal(effect.rate(), 2, locale),
                    effect.previousVersion(), Formats.decimal(effect.previousRate(), 2, locale),
                    Formats.pValue(effect.change().pValue(), locale), Formats.date(filter.period().to(), locale));
        }
        summary.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("versions.menu");
    }
}
