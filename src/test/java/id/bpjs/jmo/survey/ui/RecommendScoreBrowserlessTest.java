package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.findings.ui.FindingsView;
import id.bpjs.jmo.survey.RecommendScores;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The recommend score is reported on the dashboard and in the findings, from the database. */
@SpringBootTest
@ActiveProfiles("test")
class RecommendScoreBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    RecommendScores scores;

    @Test
    @WithUserDetails("manajer")
    void the_dashboard_and_the_findings_show_the_net_score_with_its_groups_and_n() {
        var expected = scores.of(new RecordFilter(DateRange.lastMonths(12, LocalDate.now()), null, null));
        assertThat(expected.respondents()).as("demo data answers the recommend question").isPositive();
        var net = RecommendTexts.signed(expected.netScore().orElseThrow(), id.bpjs.jmo.base.i18n.Formats.ID);

        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("periode", "12b")));
        var figure = $(KeyFigure.class).id("kf-recommend");
        assertThat(shown("kf-recommend")).isEqualTo(net);
        assertThat(figure.getElement().getTextRecursively()).contains("Promotor (9–10)", "detraktor (0–6)",
                "n = " + id.bpjs.jmo.base.i18n.Formats.number(expected.respondents(),
                id.bpjs.jmo.base.i18n.Formats.ID));

        UI.getCurrent().navigate(FindingsView.class, QueryParameters.simple(Map.of("periode", "12b")));
        assertThat($(Paragraph.class).id("findings-recommend-text").getText()).startsWith("Skor bersih " + net)
                .contains("n = " + id.bpjs.jmo.base.i18n.Formats.number(expected.respondents(),
                id.bpjs.jmo.base.i18n.Formats.ID));
    }

    @Test
    @WithUserDetails("manajer")
    void the_findings_show_the_recommend_scores_change_with_the_dashboards_verdict() {
        var period = DateRange.lastMonths(12, LocalDate.now());
        var previous = scores.of(new RecordFilter(period.previous(), null, null));
        assertThat(previous.respondents()).as("demo data answers the recommend question the year before")
                .isPositive();

        navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("periode", "12b")));
        var onTheDashboard = $(com.vaadin.flow.component.html.Span.class, $(KeyFigure.class).id("kf-recommend"))
                .withClassName("key-figure-change").single();

        UI.getCurrent().navigate(FindingsView.class, QueryParameters.simple(Map.of("periode", "12b")));
        var inTheFindings = $(com.vaadin.flow.component.html.Span.class).id("findings-recommend-change");
        // the same change, arrow and verdict as the dashboard's key figure, with the note as its tooltip
        assertThat(inTheFindings.getText()).isEqualTo(onTheDashboard.getText())
                .matches("[▲▼≈=] \\S+ poin vs periode sebelumnya · (bermakna, di luar kebetulan \\(p [=<] \\d,\\d{3}\\)"
                        + "|masih dalam batas kebetulan \\(p = \\d,\\d{3}\\)|respons terlalu sedikit untuk menilai)");
        assertThat(inTheFindings.getClassNames()).isEqualTo(onTheDashboard.getClassNames());
        assertThat(inTheFindings.getElement().getAttribute("title"))
                .isEqualTo(onTheDashboard.getElement().getAttribute("title")).isNotBlank();
    }

    /** The value a key figure shows, as the page renders it (its "key-figure-value" span). */
    private String shown(String keyFigureId) {
        return $(com.vaadin.flow.component.html.Span.class, $(KeyFigure.class).id(keyFigureId))
                .withClassName("key-figure-value").single().getText();
    }
}
