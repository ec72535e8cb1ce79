package id.bpjs.jmo.complaint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.FormDrafts;
import id.bpjs.jmo.calendar.ui.HolidaysView;
import id.bpjs.jmo.complaint.ComplaintCategory;
import id.bpjs.jmo.complaint.ComplaintChannel;
import id.bpjs.jmo.complaint.Platform;
import id.bpjs.jmo.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The language of a page reaches its date pickers, and switching it keeps what was typed into the complaint form. */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class LanguageAndDatesBrowserlessTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("petugas")
    void switching_the_language_keeps_what_was_typed_into_the_complaint_form() {
        navigate(ComplaintFormView.class);
        ((Select<ComplaintChannel>) $(Select.class).id("complaint-channel")).setValue(ComplaintChannel.EMAIL);
        $(TextField.class).id("complaint-kpj").setValue("12345678901");
        ((ComboBox<ComplaintCategory>) $(ComboBox.class).id("complaint-category"))
                .setValue(ComplaintCategory.APP_ERROR);
        $(TextArea.class).id("complaint-description").setValue("Aplikasi keluar sendiri saat membuka saldo JHT");
        ((Select<Platform>) $(Select.class).id("complaint-platform")).setValue(Platform.IOS);
        $(TextField.class).id("complaint-app-version").setValue("3.10.2");
        $(TextField.class).id("complaint-error-message").setValue("Terjadi kesalahan (E-77)");

        // what the language switch does before it reloads the page
        FormDrafts.keep(UI.getCurrent());
        UI.getCurrent().setLocale(Formats.EN);
        navigate(DashboardView.class);
        navigate(ComplaintFormView.class);

        assertThat($(Select.class).id("complaint-channel").getValue()).isEqualTo(ComplaintChannel.EMAIL);
        assertThat($(TextField.class).id("complaint-kpj").getValue()).isEqualTo("12345678901");
        assertThat($(ComboBox.class).id("complaint-category").getValue()).isEqualTo(ComplaintCategory.APP_ERROR);
        assertThat($(TextArea.class).id("complaint-description").getValue())
                .isEqualTo("Aplikasi keluar sendiri saat membuka saldo JHT");
        assertThat($(TextField.class).id("complaint-app-version").getValue()).isEqualTo("3.10.2");
        assertThat($(TextField.class).id("complaint-error-message").getValue()).isEqualTo("Terjadi kesalahan (E-77)");
        assertThat($(TextField.class).id("complaint-error-message").isVisible()).isTrue();

        // once only: the next blank form starts blank
        navigate(DashboardView.class);
        navigate(ComplaintFormView.class);
        assertThat($(TextArea.class).id("complaint-description").getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("manajer")
    void date_pickers_speak_indonesian_on_the_indonesian_page_and_english_on_the_english_one() {
        navigate(HolidaysView.class);
        customPeriod();
        var picker = $(DatePicker.class).first();
        assertThat(picker.getI18n().getMonthNames()).startsWith("Januari", "Februari", "Maret");
        assertThat(picker.getI18n().getWeekdaysShort()).startsWith("Min", "Sen");
        assertThat(picker.getI18n().getToday()).isEqualTo("Hari ini");
        assertThat(picker.getI18n().getCancel()).isEqualTo("Batal");
        assertThat(picker.getI18n().getDateFormats()).containsExactly("d/M/yyyy");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);

        UI.getCurrent().setLocale(Formats.EN);
        navigate(HolidaysView.class);
        customPeriod();
        var english = $(DatePicker.class).first();
        assertThat(english.getI18n().getMonthNames()).startsWith("January", "February");
        assertThat(english.getI18n().getToday()).isEqualTo("Today");
        assertThat(english.getI18n().getCancel()).isEqualTo("Cancel");
    }

    /** The dashboard with a custom range: its filter bar shows the two date pickers. */
    private void customPeriod() {
        UI.getCurrent().navigate(DashboardView.class, com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                "periode", "kustom", "dari", "2025-01-01", "sampai", "2025-01-31")));
    }

    @Test
    @WithUserDetails("petugas")
    void the_complaint_form_time_picker_has_the_indonesian_calendar() {
        navigate(ComplaintFormView.class);
        var picker = $(DateTimePicker.class).id("complaint-received-at");
        assertThat(picker.getDatePickerI18n().getMonthNames()).contains("Desember");
        assertThat(picker.getDatePickerI18n().getDateFormats()).containsExactly("d/M/yyyy");
    }
}
