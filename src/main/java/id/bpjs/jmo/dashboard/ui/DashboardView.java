package id.bpjs.jmo.dashboard.ui;

import id.bpjs.jmo.base.ui.FollowsFilter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.claim.ClaimChannel;
import id.bpjs.jmo.claim.DaysBucket;
import id.bpjs.jmo.claim.JhtClaim;
import id.bpjs.jmo.base.stats.Significance;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintDeadlines;
import id.bpjs.jmo.complaint.ComplaintTimeLimits;
import id.bpjs.jmo.dashboard.DashboardData;
import id.bpjs.jmo.dashboard.DashboardService;
import id.bpjs.jmo.security.ui.BranchScope;
import id.bpjs.jmo.survey.ImportancePerformance;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The branch manager's main screen: in ten seconds, which attribute is weakest, whether errors and complaints are
 * rising, whether JHT is paid on time. The filter lives in the address bar.
 */
@Route(Links.DASHBOARD)
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        FollowsFilter {

    private final DashboardService dashboard;
    private final ComplaintTimeLimits limits;
    private final BranchScope.Options branchScope;
    private final FilterBar filterBar;
    private final Paragraph scope = new Paragraph();
    private final com.vaadin.flow.component.html.Anchor versionsLink = new com.vaadin.flow.component.html.Anchor();
    private final KeyFigure responses;
    private final KeyFigure satisfaction;
    private final KeyFigure weakest;
    private final KeyFigure ikm;
    private final KeyFigure openComplaints;
    private final KeyFigure errorReports;
    private final KeyFigure claimMedian;
    private final KeyFigure claimOnTime;
    private final KeyFigure recommend;
    private final KeyFigure followUps;
    private final ChartCard attributeCard;
    private final ChartCard trendCard;
    private final ChartCard weeklyCard;
    private final ChartCard complaintAttributeCard;
    private final ChartCard claimSpeedCard;
    private final ChartCard ratingCard;
    private final ChartCard ageCard;
    private final ChartCard radarCard;
    private final ChartCard ipaCard;
    private final LocalDate today;
    private FilterParams params;
    private List<LocalDate> weekStarts = List.of();
    private List<java.time.YearMonth> months = List.of();
    private List<RogersAttribute> ipaAttributes = List.of();

    private final id.bpjs.jmo.setup.SetupProgress setup;
    private final boolean admin;
    private final Div setupArea = new Div();
    private final Div content = new Div();

    DashboardView(DashboardService dashboard, BranchScope branches, ComplaintTimeLimits limits,
            id.bpjs.jmo.setup.SetupProgress setup, id.bpjs.jmo.security.CurrentUser currentUser) {
        this.setup = setup;
        admin = currentUser.require().role() == Role.ADMIN;
        today = branches.today();
        this.dashboard = dashboard;
        this.limits = limits;
        addClassName("dashboard-view");
        branchScope = branches.forCurrentUser();
        params = FilterParams.defaults(today);
        filterBar = new FilterBar(branchScope.options(), branchScope.locked(), today,
                changed -> UI.getCurrent().navigate(DashboardView.class, changed.toQuery()));
        scope.addClassName("dashboard-scope");

        responses = new KeyFigure("kf-responses", getTranslation("kf.responses"));
        satisfaction = new KeyFigure("kf-satisfaction", getTranslation("kf.satisfaction"));
        weakest = new KeyFigure("kf-weakest", getTranslation("kf.weakest"));
        ikm = new KeyFigure("kf-ikm", getTranslation("kf.ikm"));
        openComplaints = new KeyFigure("kf-complaints", getTranslation("kf.complaints"));
        errorReports = new KeyFigure("kf-errors", getTranslation("kf.errors"));
        claimMedian = new KeyFigure("kf-claim-median", getTranslation("kf.claimMedian"));
        claimOnTime = new KeyFigure("kf-claim-on-time", getTranslation("kf.claimOnTime"));
        recommend = new KeyFigure("kf-recommend", getTranslation("kf.recommend"));
        followUps = new KeyFigure("kf-follow-ups", getTranslation("kf.followUps"));
        var figures = new Div(responses, satisfaction, weakest, ikm, openComplaints, errorReports, claimMedian,
                claimOnTime, recommend, followUps);
        figures.addClassName("key-figures");

        attributeCard = card("chart-attribute-scores", "chart.attributeScores.title", "kepuasan-per-atribut");
        trendCard = card("chart-trend", "chart.trend.title", "tren-kepuasan-bulanan");
        weeklyCard = card("chart-weekly-complaints", "chart.weekly.title", "pengaduan-per-minggu");
        complaintAttributeCard = card("chart-complaint-attributes", "chart.complaintAttributes.title",
                "pengaduan-per-atribut");
        claimSpeedCard = card("chart-claim-speed", "chart.claimSpeed.title", "kecepatan-klaim-jht");
        ratingCard = card("chart-ratings", "chart.ratings.title", "penilaian-kecepatan-klaim");
        ageCard = card("chart-open-age", "chart.age.title", "umur-pengaduan-terbuka");
        radarCard = card("chart-radar", "chart.radar.title", "atribut-periode-ini-vs-sebelumnya");
        ipaCard = card("chart-ipa", "chart.ipa.title", "kepentingan-kinerja");
        var grid = new Div(attributeCard, ipaCard, trendCard, radarCard, weeklyCard, complaintAttributeCard,
                claimSpeedCard, ratingCard, ageCard);
        grid.addClassName("chart-grid");
        wireDrillDowns();
        versionsLink.setText(getTranslation("dashboard.versionsLink"));
        versionsLink.setId("dashboard-versions-link");
        versionsLink.addClassName("dashboard-versions-link");
        content.addClassName("dashboard-content");
        content.add(filterBar, scope, figures, versionsLink, grid);
        add(setupArea, content);
    }

    private ChartCard card(String id, String titleKey, String fileName) {
        var card = new ChartCard(getTranslation(titleKey), fileName);
        card.setId(id);
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = branchScope.parse(event.getLocation().getQueryParameters(), today);
        filterBar.show(params, branchScope.options());
        refresh();
    }

    private void refresh() {
        // a new installation: what to do first (admin) or "not set up yet" (everyone else) instead of empty charts
        // once figures exist the dashboard stays; an open step (a branch added later) is then a reminder for the admin
        var progress = setup.progress(today);
        setupArea.removeAll();
        boolean showSetup = progress.notReady() || admin && !progress.complete();
        setupArea.setVisible(showSetup);
        content.setVisible(!progress.notReady());
        if (showSetup) {
            setupArea.add(new id.bpjs.jmo.setup.ui.SetupChecklist(progress, admin));
        }
        if (progress.notReady()) {
            return;
        }
        var filter = branchScope.filter(params, today);
        var period = filter.period();
        var data = dashboard.load(filter, today);
        var locale = getLocale();
        scope.setText(getTranslation("dashboard.scope", Formats.date(period.from(), locale),
                Formats.date(period.to(), locale), Formats.date(period.previous().from(), locale),
                Formats.date(period.previous().to(), locale)));
        versionsLink.setHref(Links.to(Links.APP_VERSIONS, params).href());
        showKeyFigures(data);
        showRecommend(data);
        showCharts(data);
    }

    private void showKeyFigures(DashboardData data) {
        var survey = data.survey();
        var previous = data.previousSurvey();
        responses.show(Formats.number(survey.responses(), getLocale()), getTranslation("kf.responses.detail"));
        countChange(responses, KeyFigure.Direction.NEUTRAL, data.countChangeOf(previous.responses(),
                survey.responses()));

        // plain SKM data has no Rogers part: satisfaction and attributes count only the responses that answered them
        if (survey.overallResponses() == 0 || data.weakest().isEmpty()) {
            satisfaction.show("–", getTranslation("kf.noResponses"));
            weakest.show("–", getTranslation("kf.noResponses"));
        } else {
            satisfaction.show(Formats.decimal(survey.overallMean(), 2, getLocale()),
                    getTranslation("kf.satisfaction.detail",
                    Formats.percent(survey.overallShareSatisfied(), getLocale()),
                    Formats.number(survey.overallResponses(), getLocale())));
            data.overallSatisfactionMeanChange().ifPresent(change -> meanChange(satisfaction, change));
            var weakestAttribute = data.weakest().orElseThrow();
            weakest.show(weakestAttribute.label(getLocale()), getTranslation("kf.weakest.detail",
                    Formats.decimal(survey.mean(weakestAttribute), 2, getLocale()),
                    Formats.percent(survey.shareSatisfied(weakestAttribute), getLocale())));
            data.attributeMeanChange(weakestAttribute).ifPresent(change -> meanChange(weakest, change));
        }

        var ikmResult = data.ikm();
        if (ikmResult.isPresent()) {
            var result = ikmResult.get();
            ikm.show(Formats.decimal(result.ikm(), Formats.IKM_DIGITS, getLocale()), getTranslation("kf.ikm.detail",
                    result.grade().name(),
                    result.grade().label(getLocale()),
                    Formats.number(result.respondents(), getLocale())));
            // the change as printed (the difference of the two rounded indices) with its test
            data.ikmChange().ifPresent(change -> shownChange(ikm, change, Formats.IKM_DIGITS, ""));
        } else {
            ikm.show("–", getTranslation("kf.ikm.none"));
        }

        var complaints = data.complaints();
        openComplaints.show(Formats.number(complaints.open(), getLocale()), getTranslation("kf.complaints.detail",
                Formats.number(complaints.overdue(), getLocale()), Formats.number(complaints.received(), getLocale())));
        openComplaints.setAlert(complaints.overdue() > 0);
        // the change compares complaints received: how many of the previous period's are still open today says how
        // long they have had to close, not whether more arrived (that comparison would always "rise")
        countChange(openComplaints, KeyFigure.Direction.LOWER_IS_BETTER, data.countChangeOf(
                data.previousComplaints().received(), complaints.received()), "kf.receivedVsPrevious");
        errorReports.show(Formats.number(complaints.errorReports(), getLocale()), getTranslation("kf.errors.detail"));
        countChange(errorReports, KeyFigure.Direction.LOWER_IS_BETTER, data.countChangeOf(
                data.previousComplaints().errorReports(), complaints.errorReports()));

        // closed loop: low scores (1–2) with consent, settled within the resolution limit, out of all such cases
        var loop = data.followUps();
        if (loop.cases() == 0) {
            followUps.show("–", getTranslation("kf.followUps.none"));
        } else {
            followUps.show(getTranslation("kf.followUps.value", Formats.number(loop.settledWithinLimit(), getLocale()),
                    Formats.number(loop.cases(), getLocale())), getTranslation("kf.followUps.detail",
                    Formats.number(limits.resolutionDays(), getLocale()),
                    Formats.number(loop.settledLate(), getLocale()), Formats.number(loop.open(), getLocale()),
                    Formats.number(loop.openOverdue(), getLocale()), Formats.number(loop.cases(), getLocale())));
            followUps.setAlert(loop.openOverdue() > 0);
        }

        var payment = data.payment();
        var jmo = payment.median(ClaimChannel.JMO);
        var branch = payment.median(ClaimChannel.BRANCH);
        claimMedian.show(getTranslation("kf.claimMedian.value", jmo.map(String::valueOf).orElse("–"),
                branch.map(String::valueOf).orElse("–")), getTranslation("kf.claimMedian.detail",
                Formats.number(payment.paid(ClaimChannel.JMO), getLocale()),
                Formats.number(payment.paid(ClaimChannel.BRANCH), getLocale())));
        var onTime = payment.shareWithin(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS);
        claimOnTime.show(onTime.map(share -> Formats.percent(share, getLocale())).orElse("–"),
                getTranslation("kf.claimOnTime.detail",
                Formats.number(payment.paid(), getLocale())));
        // percentage points between the two shown percentages
        data.claimOnTimeChangePoints().ifPresent(change -> shownChange(claimOnTime, change, Formats.PERCENT_DIGITS,
                " " + getTranslation("kf.points")));
    }

    /** Net score of the 0–10 recommend question with its three groups and n; the change against the period before. */
    private void showRecommend(DashboardData data) {
        var now = data.recommend();
        var score = now.netScore();
        if (score.isEmpty()) {
            recommend.show("–", getTranslation("kf.recommend.none"));
            return;
        }
        recommend.show(id.bpjs.jmo.survey.ui.RecommendTexts.signed(score.get(), getLocale()),
                id.bpjs.jmo.survey.ui.RecommendTexts.detail(now, this::getTranslation, getLocale()));
        data.recommendChange().ifPresent(change -> shownChange(recommend, change,
                id.bpjs.jmo.survey.RecommendScore.DIGITS, " " + getTranslation("kf.points")));
    }

    /** A change as printed in the figure's unit ({@code unit}: "" or " poin") with its verdict; higher is better. */
    private void shownChange(KeyFigure figure, DashboardData.ShownChange change, int digits, String unit) {
        figure.showChange(change.change().doubleValue(), Formats.decimal(change.change().abs(), digits, getLocale())
                + unit + " " + getTranslation("kf.vsPrevious"), KeyFigure.Direction.HIGHER_IS_BETTER,
                change.test().verdict(), verdictNote(change.test()));
    }

    private void countChange(KeyFigure figure, KeyFigure.Direction direction, DashboardData.CountChange change) {
        countChange(figure, direction, change, "kf.vsPrevious");
    }

    /** {@code againstKey}: what the change counts and against what ("vs periode sebelumnya", "diterima vs …"). */
    private void countChange(KeyFigure figure, KeyFigure.Direction direction, DashboardData.CountChange change,
            String againstKey) {
        var percent = change.share().map(share -> " (" + Formats.percent(share, getLocale()) + ")").orElse("");
        figure.showChange(change.delta(), Formats.number(Math.abs(change.delta()), getLocale()) + percent + " "
                + getTranslation(againstKey), direction, change.test().verdict(), verdictNote(change.test()));
    }

    /** "beyond chance (p = 0,003)", "within chance (p = 0,412)" or "too few responses to tell", as the deck says it. */
    private String verdictNote(Significance.Change test) {
        return id.bpjs.jmo.base.i18n.Translations.verdictNote(getLocale(), test);
    }

    /** The change as printed (the difference of the two shown means); an arrow only when beyond chance. */
    private void meanChange(KeyFigure figure, DashboardData.MeanChange change) {
        figure.showChange(change.change().doubleValue(), Formats.decimal(change.change().abs(), Formats.MEAN_DIGITS,
                getLocale())
                + " " + getTranslation("kf.vsPrevious"), KeyFigure.Direction.HIGHER_IS_BETTER,
                change.test().verdict(), verdictNote(change.test()));
    }

    private void showCharts(DashboardData data) {
        var charts = new DashboardChartConfigs(this::getTranslation, getLocale());
        show(attributeCard, charts.attributeScores(data));
        show(trendCard, charts.monthlyTrend(data));
        months = data.monthly().stream().map(m -> m.month()).toList();
        var weekly = charts.complaintsPerWeek(data);
        show(weeklyCard, weekly);
        weekStarts = data.complaintWeeks().stream().map(DashboardData.WeekCounts::start).toList();
        show(complaintAttributeCard, charts.complaintsPerAttribute(data));
        show(claimSpeedCard, charts.claimSpeed(data));
        claimSpeedCard.chart().setLimitLine(JhtClaim.LEGAL_PAYMENT_WORKING_DAYS,
                getTranslation("chart.claimSpeed.limit"));
        show(ratingCard, charts.ratings(data));
        show(ageCard, charts.openByAge(data, limits.firstResponseDays(), limits.resolutionDays()));
        show(radarCard, charts.radar(data));
        radarCard.setNote(data.previousSurvey().overallResponses() > 0 ? getTranslation("chart.radar.note") : "");
        var analysis = data.importancePerformance();
        ipaAttributes = analysis.points().stream().map(ImportancePerformance.Point::attribute).toList();
        show(ipaCard, charts.importancePerformance(data, analysis));
        ipaCard.chart().setQuadrants(analysis.meanCrossing(), analysis.importanceCrossing(), List.of(
                getTranslation("chart.ipa.q.actFirst"), getTranslation("chart.ipa.q.keep"),
                getTranslation("chart.ipa.q.low"), getTranslation("chart.ipa.q.overkill")));
    }

    private static void show(ChartCard card, DashboardChartConfigs.Built built) {
        card.chart().setChart(built.chart());
        card.chart().setTooltipExtras(built.tooltips());
        card.show(built.n(), built.columns(), built.rows());
    }

    /** Clicking a bar or point opens the records behind it, with the dashboard's filter plus what was clicked. */
    private void wireDrillDowns() {
        attributeCard.chart().addPointClickListener(e -> Links.to(Links.RESPONSES, params)
                .with(Links.ATTRIBUTE, RogersAttribute.values()[e.getIndex()].name()).navigate());
        radarCard.chart().addPointClickListener(e -> Links.to(Links.RESPONSES, params)
                .with(Links.ATTRIBUTE, RogersAttribute.values()[e.getIndex()].name()).navigate());
        // one dataset per attribute shown, in the analysis' order (attributes with too few answers are left out)
        ipaCard.chart().addPointClickListener(e -> {
            if (e.getDatasetIndex() < ipaAttributes.size()) {
                Links.to(Links.RESPONSES, params).with(Links.ATTRIBUTE, ipaAttributes.get(e.getDatasetIndex()).name())
                        .navigate();
            }
        });
        trendCard.chart().addPointClickListener(e -> {
            if (e.getIndex() < months.size()) {
                var range = DateRange.of(months.get(e.getIndex())).within(params.range(today));
                Links.to(Links.RESPONSES, params.withRange(range))
                        .with(Links.ATTRIBUTE, RogersAttribute.values()[e.getDatasetIndex()].name()).navigate();
            }
        });
        weeklyCard.chart().addPointClickListener(e -> {
            if (e.getIndex() < weekStarts.size()) {
                var range = DateRange.weekFrom(weekStarts.get(e.getIndex())).within(params.range(today));
                var categories = DashboardData.weeklyCategoryOrder();
                Links.to(Links.COMPLAINTS, params.withRange(range))
                        .with(Links.CATEGORY, categories.get(e.getDatasetIndex()).name()).navigate();
            }
        });
        complaintAttributeCard.chart().addPointClickListener(e -> {
            var link = Links.to(Links.COMPLAINTS, params)
                    .with(Links.ATTRIBUTE, RogersAttribute.values()[e.getIndex()].name());
            if (e.getDatasetIndex() == 0) {
                link = link.with(Links.CATEGORY, ComplaintCategory.APP_ERROR.name());
            }
            link.navigate();
        });
        ageCard.chart().addPointClickListener(e -> {
            // one dataset per age band, in the band's order: the list shows exactly the complaints of the bar
            Links.to(Links.COMPLAINTS, params).with(Links.STATUS, ComplaintDeadlines.OPEN.get(e.getIndex()).name())
                    .with(Links.AGE_BAND, ComplaintDeadlines.AgeBand.values()[e.getDatasetIndex()].name())
                    .navigate();
        });
        claimSpeedCard.chart().addPointClickListener(e -> Links.to(Links.CLAIMS, params)
                .with(Links.CLAIM_CHANNEL, ClaimChannel.values()[e.getDatasetIndex()].name())
                .with(Links.DAYS, DaysBucket.ofBar(e.getIndex()).value())
                .navigate());
        ratingCard.chart().addPointClickListener(e -> Links.to(Links.CLAIMS, params)
                .with(Links.ATTRIBUTE, RogersAttribute.values()[e.getIndex()].name()).navigate());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
