package id.bpjs.jmo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.base.ui.SlideDeck;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.findings.ui.FindingsView;
import id.bpjs.jmo.findings.ui.PresentationView;
import id.bpjs.jmo.coding.ui.CodingView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.bpjs.jmo.security.ui.LoginView;
import id.bpjs.jmo.security.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Server-side UI tests: the views as Vaadin builds them, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class ViewsBrowserlessTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_login_view_speaks_indonesian_by_default() {
        navigate(LoginView.class);
        var form = $(LoginForm.class).single();
        var i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n).contains("\"title\":\"Masuk\"", "\"username\":\"Nama pengguna\"",
                "Nama pengguna atau kata sandi salah");
        assertThat($(H1.class).single().getText()).isEqualTo("JMO Monitor");
    }

    @Test
    @WithUserDetails("manajer")
    void the_dashboard_shows_every_chart_and_key_figure_from_the_database() {
        navigate(DashboardView.class);
        var card = $(ChartCard.class).id("chart-attribute-scores");
        var chart = $(ChartJs.class, card).single();
        assertThat(chart.isVisible()).isTrue();
        var config = chart.getElement().getProperty("config");
        assertThat(config).contains("\"type\":\"bar\"").contains("Kerumitan").contains("Keuntungan relatif");
        assertThat(card.getElement().getTextRecursively()).contains("n = ");
        assertThat($(ChartCard.class).all()).hasSize(9).allSatisfy(c -> assertThat($(ChartJs.class, c).single()
                .getElement().getProperty("config")).isNotBlank());
        assertThat(shown("kf-weakest")).isEqualTo("Kerumitan");
        // every change against the previous period says whether it is beyond chance
        for (var id : java.util.List.of("kf-responses", "kf-satisfaction", "kf-weakest", "kf-ikm",
                "kf-claim-on-time", "kf-recommend", "kf-complaints", "kf-errors")) {
            assertThat($(KeyFigure.class).id(id).getElement().getTextRecursively()).as(id)
                    .containsAnyOf("bermakna, di luar kebetulan (p", "masih dalam batas kebetulan (p",
                            "respons terlalu sedikit untuk menilai");
        }
        // open complaints: the change compares complaints received, not the previous period's still open today
        assertThat($(KeyFigure.class).id("kf-complaints").getElement().getTextRecursively())
                .contains("diterima vs periode sebelumnya");
    }

    @Test
    @WithUserDetails("manajer")
    void a_period_without_data_shows_empty_states() {
        navigate(DashboardView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(DashboardView.class, com.vaadin.flow.router.QueryParameters
                .simple(java.util.Map.of("periode", "kustom", "dari", "2019-01-01", "sampai", "2019-01-31")));
        var card = $(ChartCard.class).id("chart-attribute-scores");
        assertThat($(Div.class, card).withClassName("empty-state").single().isVisible()).isTrue();
        assertThat(shown("kf-responses")).isEqualTo("0");
        assertThat(shown("kf-ikm")).isEqualTo("–");
    }

    @Test
    @WithUserDetails("manajer")
    void the_menu_shows_only_views_the_user_may_open() {
        navigate(DashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Dasbor")
                .doesNotContain("Pengguna");
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_users_view() {
        navigate(UsersView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Dasbor", "Pengguna");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_cannot_open_an_admin_only_view() {
        try {
            navigate(UsersView.class);
        } catch (IllegalArgumentException expected) {
            // browserless reports the denied navigation: the view was not opened
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    id.bpjs.jmo.security.ui.BranchScope branchScope;

    @org.springframework.beans.factory.annotation.Autowired
    id.bpjs.jmo.findings.FindingsService findingsService;

    @Test
    @WithUserDetails("manajer")
    void the_dashboard_quadrants_and_the_ranked_recommendations_cross_at_the_same_unrounded_point() throws Exception {
        navigate(DashboardView.class);
        var overlay = new com.fasterxml.jackson.databind.ObjectMapper().readTree($(ChartJs.class,
                $(ChartCard.class).id("chart-ipa")).single().getElement().getProperty("overlay"));
        var today = branchScope.today();
        var filter = branchScope.forCurrentUser().filter(id.bpjs.jmo.base.ui.FilterParams.defaults(today), today);
        var findings = findingsService.load(filter, today, "test");
        assertThat(findings.recommendations()).isNotEmpty();
        var recommendation = findings.recommendations().getFirst();
        assertThat(overlay.get("x").asDouble()).isEqualTo(recommendation.meanCrossing());
        assertThat(overlay.get("y").asDouble()).isEqualTo(recommendation.importanceCrossing());
        // the crossing is the mean of the unrounded means, not of the means as shown (two decimals)
        var survey = findings.data().survey();
        var shown = findings.recommendations().stream().map(r -> r.attribute()).toList();
        assertThat(recommendation.meanCrossing()).isEqualTo(shown.stream().mapToDouble(survey::mean).average()
                .orElseThrow());
        assertThat(recommendation.meanCrossing()).isNotEqualTo(shown.stream().mapToDouble(a -> Math.round(
                survey.mean(a) * 100) / 100.0).average().orElseThrow());
    }

    @Test
    @WithUserDetails("manajer")
    void the_findings_page_writes_a_narrative_per_attribute_and_ranks_recommendations() {
        navigate(FindingsView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate(FindingsView.class, com.vaadin.flow.router.QueryParameters
                .simple(java.util.Map.of("periode", "12b", "cabang", "PWT")));
        for (var id : java.util.List.of("relative-advantage", "compatibility", "complexity", "trialability",
                "observability")) {
            assertThat($(Paragraph.class).id("finding-" + id + "-narrative").getText()).startsWith("Pada aspek ");
        }
        assertThat($(Div.class).id("findings-recommendations").getElement().getTextRecursively())
                .contains("prioritas perbaikan");
        // each attribute's trend chart is drawn from the same deck the exports use
        assertThat($(ChartJs.class).all()).hasSize(5);
    }

    @Test
    @WithUserDetails("manajer")
    void the_presentation_has_eleven_slides_in_order() {
        navigate(PresentationView.class);
        var deck = $(SlideDeck.class).single();
        var slides = deck.getChildren().toList();
        assertThat(slides).hasSize(11);
        assertThat(slides.getFirst().getElement().getTextRecursively()).contains("Temuan Kualitas Layanan JMO");
        assertThat(slides.getLast().getElement().getTextRecursively()).contains("Rekomendasi");
        assertThat(slides.get(4).getElement().getTextRecursively()).contains("Pada aspek kerumitan");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_open_the_coding_workspace_for_their_branch_with_a_queue() {
        navigate(CodingView.class);
        var queue = $(com.vaadin.flow.component.grid.Grid.class).id("coding-queue");
        assertThat(queue.getGenericDataView().getItems().count()).isPositive();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("coding-acceptance").getText())
                .startsWith("Saran diterima: ");
    }

    @Test
    @WithUserDetails("petugas")
    void staff_code_an_excerpt_with_tags_through_the_form() {
        navigate(CodingView.class);
        try {
            $(com.vaadin.flow.component.textfield.TextField.class).id("coding-informant").setValue("P-40");
            $(com.vaadin.flow.component.textfield.TextArea.class).id("coding-text")
                    .setValue("Aplikasinya force close setiap kali update.");
            test($(com.vaadin.flow.component.button.Button.class).id("coding-accept")).click();
            @SuppressWarnings("unchecked")
            var tags = (com.vaadin.flow.component.combobox.MultiSelectComboBox<String>) $(
                    com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("coding-tags");
            tags.setItems("eror", "update", "force close");
            tags.setValue(java.util.Set.of("update", "force close"));
            test($(com.vaadin.flow.component.button.Button.class).id("coding-save")).click();
            var stored = jdbc.queryForMap("select attribute, sentiment, tags, suggested_attribute from qualitative_note"
                    + " where informant_code = 'P-40'");
            assertThat(stored.get("attribute")).isEqualTo("COMPATIBILITY");
            assertThat(stored.get("suggested_attribute")).isEqualTo("COMPATIBILITY");
            assertThat(stored.get("sentiment")).isEqualTo("NEGATIVE");
            assertThat(String.valueOf(stored.get("tags")).split(",")).containsExactlyInAnyOrder("update",
                    "force close");
        } finally {
            jdbc.update("delete from qualitative_note where informant_code = 'P-40'");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    id.bpjs.jmo.branch.BranchService branchService;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void timezone_an_admin_adds_a_branch_in_wit_choosing_from_the_three_zones() {
        navigate(id.bpjs.jmo.branch.ui.BranchesView.class);
        test($(com.vaadin.flow.component.button.Button.class).id("branch-add")).click();
        com.vaadin.flow.component.select.Select<id.bpjs.jmo.base.time.IndonesianZone> zone =
                $(com.vaadin.flow.component.select.Select.class).id("branch-zone");
        assertThat(zone.getValue()).isEqualTo(id.bpjs.jmo.base.time.IndonesianZone.WIB);
        assertThat(zone.getListDataView().getItems()).containsExactly(id.bpjs.jmo.base.time.IndonesianZone.values());
        assertThat(zone.getItemLabelGenerator().apply(id.bpjs.jmo.base.time.IndonesianZone.WIT))
                .isEqualTo("WIT (Asia/Jayapura, UTC+9)");
        $(com.vaadin.flow.component.textfield.TextField.class).id("branch-code").setValue("AMB");
        $(com.vaadin.flow.component.textfield.TextField.class).id("branch-name").setValue("Ambon");
        $(com.vaadin.flow.component.textfield.TextField.class).id("branch-office").setValue("Kantor Wilayah Maluku");
        zone.setValue(id.bpjs.jmo.base.time.IndonesianZone.WIT);
        test($(com.vaadin.flow.component.button.Button.class).id("branch-save")).click();

        assertThat(branchService.byCode("AMB").map(id.bpjs.jmo.branch.Branch::getTimeZone)).contains("Asia/Jayapura");
    }

    /** The value a key figure shows, as the page renders it (its "key-figure-value" span). */
    private String shown(String keyFigureId) {
        return $(com.vaadin.flow.component.html.Span.class, $(KeyFigure.class).id(keyFigureId))
                .withClassName("key-figure-value").single().getText();
    }
}
