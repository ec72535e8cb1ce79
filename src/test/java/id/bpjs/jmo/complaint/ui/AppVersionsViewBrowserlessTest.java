package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import id.bpjs.jmo.base.i18n.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app-versions page says whether the newest release changed the error rate beyond chance (issue 16 §1: "a
 * release's effect"), with the rates, the test and its p, in the page's language.
 */
@SpringBootTest
@ActiveProfiles("test")
class AppVersionsViewBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manajer")
    void the_summary_states_the_newest_release_effect_with_its_test_in_both_languages() {
        navigate(AppVersionsView.class);
        var indonesian = $(Paragraph.class).id("app-versions-summary").getText();
        // the demo's latest release came with a burst of error reports
        // rates with their versions: "…: 4,08 laporan eror per hari, dibanding 0,25 per hari pada versi 2.5.3, …"
        assertThat(indonesian).containsPattern("Sejak versi \\d+(\\.\\d+)+ pertama dilaporkan \\(\\d{1,2} \\S+ \\d{4}\\)"
                        + " hingga \\d{1,2} \\S+ \\d{4}: \\d+,\\d\\d laporan eror per hari, dibanding \\d+,\\d\\d per hari"
                        + " pada versi \\d+(\\.\\d+)+, ")
                .containsPattern("lebih tinggi secara bermakna, di luar kebetulan \\(uji eksak laju Poisson, "
                        + "p [<=] 0,\\d{3}\\)");

        UI.getCurrent().setLocale(Formats.EN);
        navigate(AppVersionsView.class);
        var english = $(Paragraph.class).id("app-versions-summary").getText();
        assertThat(english).containsPattern(": \\d+\\.\\d\\d error reports per day, against \\d+\\.\\d\\d per day for"
                        + " version \\d+(\\.\\d+)+, ")
                .containsPattern("significantly higher, beyond chance \\(exact Poisson rate test, p [<=] 0\\.\\d{3}\\)");
    }
}
