package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.complaint.Complaint;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.ComplaintHistory;
import id.bpjs.jmo.complaint.Platform;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Staff at the counter: keyboard saving, recording one complaint after another, queues and history. */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class CounterWorkBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private void fillAppError(String kpj, String message) {
        ((Select<ComplaintChannel>) $(Select.class).id("complaint-channel")).setValue(ComplaintChannel.CALL_CENTER_175);
        $(TextField.class).id("complaint-kpj").setValue(kpj);
        ((ComboBox<ComplaintCategory>) $(ComboBox.class).id("complaint-category")).setValue(ComplaintCategory.APP_ERROR);
        $(TextArea.class).id("complaint-description").setValue("Aplikasi keluar sendiri saat membuka menu klaim JHT");
        ((Select<Platform>) $(Select.class).id("complaint-platform")).setValue(Platform.ANDROID);
        $(TextField.class).id("complaint-error-message").setValue(message);
    }

    @Test
    @WithUserDetails("petugas")
    void ctrl_enter_saves_an_app_error_complaint_with_the_message_typed_last() {
        navigate(ComplaintFormView.class);
        fillAppError("44455566677", "Terjadi kesalahan (E-1042)");

        fireShortcut(Key.ENTER, KeyModifier.CONTROL);

        assertThat(jdbc.queryForObject("select error_message from complaint where kpj_number = '44455566677'",
                String.class)).isEqualTo("Terjadi kesalahan (E-1042)");
    }

    @Test
    @WithUserDetails("petugas")
    void save_and_record_another_keeps_channel_and_category_and_clears_the_rest() {
        navigate(ComplaintFormView.class);
        fillAppError("44455566678", "Sesi berakhir");

        test($(Button.class).id("complaint-save-new")).click();

        assertThat(jdbc.queryForObject("select count(*) from complaint where kpj_number = '44455566678'", Long.class))
                .isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(ComplaintFormView.class);
        assertThat($(Select.class).id("complaint-channel").getValue()).isEqualTo(ComplaintChannel.CALL_CENTER_175);
        assertThat($(ComboBox.class).id("complaint-category").getValue()).isEqualTo(ComplaintCategory.APP_ERROR);
        assertThat($(TextField.class).id("complaint-kpj").getValue()).isEmpty();
        assertThat($(TextArea.class).id("complaint-description").getValue()).isEmpty();
        assertThat($(TextField.class).id("complaint-error-message").getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("petugas")
    void the_resolve_dialog_saves_on_ctrl_enter_and_the_history_reads_like_people_write() {
        navigate(ComplaintFormView.class);
        fillAppError("44455566679", "Gagal memuat saldo");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        var ticket = jdbc.queryForObject("select ticket_number from complaint where kpj_number = '44455566679'",
                String.class);
        UI.getCurrent().navigate(ComplaintFormView.class, ticket);
        test($(Button.class).id("action-IN_PROGRESS")).click();
        test($(Button.class).id("action-RESOLVED")).click();
        var dialog = $(Dialog.class).single();
        $(TextArea.class, dialog).id("transition-note").setValue("Dipandu memperbarui aplikasi, saldo tampil.");

        ShortcutsKt._fireShortcut(dialog, Key.ENTER, Key.CONTROL);

        assertThat(jdbc.queryForObject("select status from complaint where ticket_number = ?", String.class, ticket))
                .isEqualTo("RESOLVED");
        var history = (Grid<ComplaintHistory>) $(Grid.class).id("complaint-history");
        var firstResponse = history.getGenericDataView().getItems().filter(h -> h.getField().equals("firstResponseAt"))
                .findFirst().orElseThrow();
        var shown = test(history).getCellText(history.getGenericDataView().getItems().toList().indexOf(firstResponse),
                history.getColumns().indexOf(history.getColumnByKey("new")));
        // "29 Nov 2026 18.51", not "2026-11-29T18:51:41.306061029"
        assertThat(shown).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}\\.\\d{2}");
        assertThat(history.getThemeNames()).contains("wrap-cell-content");
        // taking it into process made the clicker its handler, shown by name
        var rows = history.getGenericDataView().getItems().toList();
        var assigned = rows.stream().filter(h -> h.getField().equals("assignee")).findFirst().orElseThrow();
        assertThat(assigned.getNewValue()).isEqualTo("petugas");
        assertThat(test(history).getCellText(rows.indexOf(assigned),
                history.getColumns().indexOf(history.getColumnByKey("new")))).isEqualTo("Siti Rahmawati (petugas)");
    }

    @Test
    @WithUserDetails("petugas")
    void one_click_on_a_queue_lists_it_and_every_queue_shows_its_count() {
        navigate(ComplaintsView.class);
        UI.getCurrent().navigate(ComplaintsView.class, QueryParameters.simple(Map.of("periode", "12b")));
        for (var id : java.util.List.of("queue-MINE", "queue-UNASSIGNED", "queue-OVERDUE", "queue-NEW",
                "queue-IN_PROGRESS", "queue-WAITING_FOR_PARTICIPANT", "queue-RESOLVED", "queue-CLOSED")) {
            assertThat($(Button.class).id(id).getText()).matches(".+ \\([\\d.]+\\)");
        }

        test($(Button.class).id("queue-UNASSIGNED")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("antrean", java.util.List.of("UNASSIGNED"));
        var grid = (Grid<Complaint>) $(Grid.class).single();
        var shown = test(grid).size();
        assertThat(shown).isPositive();
        for (int row = 0; row < Math.min(shown, 20); row++) {
            var complaint = test(grid).getRow(row);
            assertThat(complaint.getAssignee()).isNull();
            assertThat(complaint.getStatus().isOpen()).isTrue();
        }
        assertThat($(Button.class).id("queue-UNASSIGNED").getThemeNames()).contains("primary");
    }
}
