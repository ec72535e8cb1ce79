package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import id.bpjs.jmo.base.i18n.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every date and date-time picker of the app, in the page's language: month and day names, "Today"/"Cancel" and the
 * date format come from the translation bundles ({@code datepicker.*}; d/M/yyyy, the day first as Indonesians write
 * it), the week starts on Monday. Views create pickers only here (ArchitectureTest), so none is left in English on an
 * Indonesian page.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker date(String label) {
        return localize(new DatePicker(label));
    }

    public static DatePicker date(String label, LocalDate value) {
        var picker = date(label);
        picker.setValue(value);
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        var picker = new DateTimePicker(label);
        var t = translator();
        picker.setLocale(locale());
        picker.setDatePickerI18n(i18n(t));
        return picker;
    }

    /** The calendar texts of the current page's language, read from the translation bundles. */
    public static DatePicker.DatePickerI18n i18n(Function<String, String> t) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(t.apply("datepicker.months")))
                .setWeekdays(list(t.apply("datepicker.weekdays")))
                .setWeekdaysShort(list(t.apply("datepicker.weekdaysShort")))
                .setFirstDayOfWeek(1)
                .setToday(t.apply("datepicker.today"))
                .setCancel(t.apply("datepicker.cancel"))
                .setDateFormat(t.apply("datepicker.format"));
    }

    private static DatePicker localize(DatePicker picker) {
        picker.setLocale(locale());
        picker.setI18n(i18n(translator()));
        return picker;
    }

    /** Indonesian by default; English pickers read dates day first too (en-GB), as the rest of the page does. */
    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui != null && Formats.isEnglish(ui.getLocale()) ? Locale.forLanguageTag("en-GB") : Formats.ID;
    }

    private static Function<String, String> translator() {
        var ui = UI.getCurrent();
        return key -> ui == null ? key : ui.getTranslation(key);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }
}
