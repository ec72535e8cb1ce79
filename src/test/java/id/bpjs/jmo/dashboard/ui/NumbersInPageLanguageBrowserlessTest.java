package id.bpjs.jmo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.ChartCard;
import id.bpjs.jmo.base.ui.ChartJs;
import id.bpjs.jmo.base.ui.KeyFigure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every number a person reads follows the page's language (issue 17): the dashboard's figures and its charts' ticks and
 * tooltips write 4,52 on the Indonesian page and 4.52 on the English one.
 */
@SpringBootTest
@ActiveProfiles("test")
class NumbersInPageLanguageBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("manajer")
    void the_english_dashboard_writes_a_decimal_point_and_the_indonesian_one_a_decimal_comma() {
        navigate(DashboardView.class);
        var indonesian = shown("kf-satisfaction");
        assertThat(indonesian).as("mean satisfaction, two decimals").matches("[1-5],\\d\\d");
        assertThat(chartLocale()).isEqualTo("id-ID");

        // what the language switch does before it reloads the page
        UI.getCurrent().setLocale(Formats.EN);
        navigate(DashboardView.class);
        var english = shown("kf-satisfaction");
        assertThat(english).matches("[1-5]\\.\\d\\d").isEqualTo(indonesian.replace(',', '.'));
        assertThat(chartLocale()).isEqualTo("en");
    }

    /** The language the attribute-scores chart gives Chart.js for its ticks and tooltips. */
    private String chartLocale() {
        var card = $(ChartCard.class).id("chart-attribute-scores");
        return $(ChartJs.class, card).single().getElement().getAttribute(ChartJs.LOCALE_ATTRIBUTE);
    }

    /** The value a key figure shows, as the page renders it (its "key-figure-value" span). */
    private String shown(String keyFigureId) {
        return $(com.vaadin.flow.component.html.Span.class, $(KeyFigure.class).id(keyFigureId))
                .withClassName("key-figure-value").single().getText();
    }
}
