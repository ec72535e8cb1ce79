package id.bpjs.jmo.ikm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.KeyFigure;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import id.bpjs.jmo.ikm.IkmReports;
import id.bpjs.jmo.testing.Downloads;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The IKM report page: figures as the service computes them, the sample warning, the follow-up plan by role. */
@SpringBootTest
@ActiveProfiles("test")
class IkmReportViewTest extends SpringBrowserlessTest {

    @Autowired
    IkmReports reports;
    @Autowired
    BranchService branches;

    private final LocalDate to = LocalDate.now().minusDays(1);
    private final LocalDate from = to.minusDays(6);

    private void openWeek() {
        navigate(IkmReportView.class);
        UI.getCurrent().navigate(IkmReportView.class, QueryParameters.simple(Map.of("periode", "kustom", "dari",
                from.toString(), "sampai", to.toString(), "cabang", "PWT", "bobot", "0111")));
    }

    @Test
    @WithUserDetails("manajer")
    void a_week_below_the_minimum_sample_is_warned_and_the_manager_may_write_the_follow_up_plan() {
        openWeek();
        var report = reports.report(new RecordFilter(new DateRange(from, to), branches.byCode("PWT").orElseThrow()
                .getId(), null), WeightConvention.PRINTED_0_111);
        assertThat(report.sampleSufficient()).isFalse();
        var warning = $(Div.class).id("ikm-sample-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Perhatian: jumlah responden (" + report.respondents() + ")");
        var index = shown("ikm-index");
        assertThat(index).isEqualTo(report.result().map(r -> Formats.decimal(r.ikm(), 2, Formats.ID)).orElse("–"));
        assertThat(shown("ikm-previous")).isNotBlank();
        var plan = $(TextArea.class).id("ikm-follow-up");
        assertThat(plan.isReadOnly()).isFalse();
        assertThat($(Button.class).id("ikm-follow-up-save").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("petugas")
    void staff_read_the_follow_up_plan_without_changing_it() {
        openWeek();
        assertThat($(TextArea.class).id("ikm-follow-up").isReadOnly()).isTrue();
        // the query finds only what is shown: no save button for staff
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().filter("ikm-follow-up-save"::equals).isPresent());
    }

    @Test
    @WithUserDetails("manajer")
    void the_report_files_speak_the_language_of_the_page() {
        openWeek();
        var csv = Downloads.click($(Anchor.class).id("ikm-csv"));
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("Laporan Hasil Survei Kepuasan Masyarakat");
        assertThat(csv.name()).matches("laporan-ikm-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(Downloads.click($(Anchor.class).id("ikm-pdf")).name()).startsWith("laporan-ikm-")
                .endsWith(".pdf");

        UI.getCurrent().setLocale(Formats.EN);
        navigate(DashboardView.class);
        openWeek();
        csv = Downloads.click($(Anchor.class).id("ikm-csv"));
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).contains("Public Satisfaction Survey Report")
                .doesNotContain("Laporan Hasil Survei");
        assertThat(csv.name()).matches("ikm-report-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(Downloads.click($(Anchor.class).id("ikm-xlsx")).name()).startsWith("ikm-report-")
                .endsWith(".xlsx");
    }

    /** The value a key figure shows, as the page renders it (its "key-figure-value" span). */
    private String shown(String keyFigureId) {
        return $(com.vaadin.flow.component.html.Span.class, $(KeyFigure.class).id(keyFigureId))
                .withClassName("key-figure-value").single().getText();
    }
}
