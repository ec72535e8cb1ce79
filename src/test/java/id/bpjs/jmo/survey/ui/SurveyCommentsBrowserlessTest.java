package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.findings.ui.FindingsView;
import id.bpjs.jmo.survey.SurveyRecords;
import id.bpjs.jmo.survey.SurveyResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Respondents' own words: a "with comment" filter, the whole comment under its row, a way there from findings. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyCommentsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    SurveyRecords records;

    @Test
    @WithUserDetails("manajer")
    void findings_link_to_the_comments_which_the_list_shows_alone_and_in_full() {
        var filter = new RecordFilter(DateRange.lastMonths(12, LocalDate.now()), null, null);
        long commented = records.countWithComment(filter);
        assertThat(commented).as("demo data has comments").isPositive();
        assertThat((long) records.list(filter, null, true, PageRequest.of(0, 100_000)).getNumberOfElements())
                .isEqualTo(commented);
        assertThat((long) records.list(filter, null, false, PageRequest.of(0, 100_000)).getNumberOfElements())
                .isGreaterThan(commented);

        navigate(FindingsView.class);
        UI.getCurrent().navigate(FindingsView.class, QueryParameters.simple(Map.of("periode", "12b")));
        var link = $(Anchor.class).id("findings-comments");
        assertThat(link.getText()).contains(Formats.number(commented, Formats.ID));
        assertThat(link.getHref()).startsWith("respons-survei?").contains("periode=12b", "komentar=1");

        var href = link.getHref();
        UI.getCurrent().navigate(href.substring(0, href.indexOf('?')),
                QueryParameters.fromString(href.substring(href.indexOf('?') + 1)));
        assertThat($(Checkbox.class).id("responses-with-comment").getValue()).isTrue();
        @SuppressWarnings("unchecked")
        var grid = (Grid<SurveyResponse>) $(Grid.class).single();
        int rows = test(grid).size();
        assertThat((long) rows).isEqualTo(commented);
        for (int row = 0; row < Math.min(rows, 30); row++) {
            assertThat(test(grid).getRow(row).getComment()).isNotBlank();
        }

        // a click opens the whole comment under its row
        var first = test(grid).getRow(0);
        var clicks = new java.util.ArrayList<SurveyResponse>();
        grid.addItemClickListener(e -> clicks.add(e.getItem()));
        test(grid).clickRow(0);
        assertThat(clicks).as("item clicks").hasSize(1);
        assertThat(clicks.getFirst().getId()).isEqualTo(first.getId());
        assertThat(grid.isDetailsVisible(clicks.getFirst())).isTrue();
        assertThat($(Paragraph.class).withClassName("response-comment").all()).extracting(Paragraph::getText)
                .contains(first.getComment());
    }
}
