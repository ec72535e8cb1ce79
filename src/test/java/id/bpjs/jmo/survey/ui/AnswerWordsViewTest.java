package id.bpjs.jmo.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.survey.AnswerScale;
import id.bpjs.jmo.survey.AnswerWordCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The answer-word table as admins extend it, and the import page's branch for plain SKM files. */
@SpringBootTest
@ActiveProfiles("test")
class AnswerWordsViewTest extends SpringBrowserlessTest {

    @Autowired
    AnswerWordCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_admin_adds_a_word_through_the_form_and_the_change_is_traced() {
        navigate(AnswerWordsView.class);
        ((Select<AnswerScale>) $(Select.class).id("answer-words-scale")).setValue(AnswerScale.U3);
        $(TextField.class).id("answer-words-word").setValue("Lumayan cepat");
        $(IntegerField.class).id("answer-words-score").setValue(3);
        test($(Button.class).id("answer-words-add")).click();
        var grid = (Grid<AnswerWordCatalog.Entry>) $(Grid.class).id("answer-words-grid");
        assertThat(grid.getGenericDataView().getItems()).anySatisfy(e -> {
            assertThat(e.scale()).isEqualTo(AnswerScale.U3);
            assertThat(e.word()).isEqualTo("lumayan cepat");
            assertThat(e.score()).isEqualTo(3);
        });
        assertThat(catalog.current().read(AnswerScale.U3, "LUMAYAN  cepat").reading().score()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from settings_change where area = 'answer-word'"
                + " and item = 'U3: lumayan cepat'", Long.class)).isEqualTo(1);
        // a score outside the element's 1..4 is refused and nothing is stored
        $(TextField.class).id("answer-words-word").setValue("Kilat");
        $(IntegerField.class).id("answer-words-score").setValue(5);
        test($(Button.class).id("answer-words-add")).click();
        assertThat(catalog.list()).noneMatch(e -> e.word().equals("kilat"));
    }

    @Test
    @WithUserDetails("petugas")
    @SuppressWarnings("unchecked")
    void staff_import_plain_skm_files_into_their_own_branch_only() {
        navigate(SurveyImportView.class);
        var branch = (Select<Branch>) $(Select.class).id("survey-import-branch");
        assertThat(branch.getValue().getCode()).isEqualTo("PWT");
        assertThat(branch.isReadOnly()).isTrue();
    }
}
