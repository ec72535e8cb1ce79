package id.bpjs.jmo.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.calendar.Holiday;
import id.bpjs.jmo.calendar.HolidayException;
import id.bpjs.jmo.calendar.WorkingDayCalendar;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/** The holiday calendar behind every working-day figure. Admins edit; managers read. */
@Route(id.bpjs.jmo.base.ui.Links.HOLIDAYS)
@Menu(order = 91, icon = "vaadin:calendar", title = "menu.holidays")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingDayCalendar calendar;
    private final boolean admin;
    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();

    HolidaysView(WorkingDayCalendar calendar, CurrentUser currentUser, ServiceTime time) {
        this.calendar = calendar;
        this.admin = currentUser.require().role() == Role.ADMIN;
        int thisYear = time.today().getYear();
        year.setLabel(getTranslation("filter.year"));
        year.setItems(IntStream.rangeClosed(2024, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("holiday.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        add.setId("holiday-add");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(h -> Formats.date(h.getDay(), getLocale()) + " (" + h.getDay().getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.SHORT, Formats.language(getLocale())) + ")").setHeader(getTranslation("holiday.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::getName).setHeader(getTranslation("holiday.name"));
        grid.addColumn(h -> getTranslation("holiday.kind." + h.getKind().name())).setHeader(getTranslation(
                "holiday.kind")).setAutoWidth(true).setFlexGrow(0);
        if (admin) {
            grid.addComponentColumn(h -> {
                var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(h));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("holiday.edit"));
                var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(h));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("holiday.remove"));
                return new HorizontalLayout(edit, remove);
            }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setId("holiday-grid");
        setSizeFull();
        var bar = new HorizontalLayout(year, add);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("menu.holidays")), bar, grid);
        refresh();
    }

    private void refresh() {
        int y = year.getValue();
        grid.setItems(calendar.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }

    private void edit(Holiday existing) {
        var holiday = existing == null ? new Holiday(LocalDate.of(year.getValue(), 1, 1), "", Holiday.Kind.NATIONAL)
                : existing;
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "holiday.add" : "holiday.edit"));
        var day = id.bpjs.jmo.base.ui.DatePickers.date(getTranslation("holiday.date"), holiday.getDay());
        day.setId("holiday-date");
        var name = new TextField(getTranslation("holiday.name"), holiday.getName(), "");
        name.setWidth("22em");
        name.setMaxLength(120);
        name.setId("holiday-name");
        var kind = new Select<Holiday.Kind>();
        kind.setLabel(getTranslation("holiday.kind"));
        kind.setItems(Holiday.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("holiday.kind." + k.name()));
        kind.setValue(holiday.getKind());
        var save = new Button(getTranslation("complaint.save"), e -> {
            holiday.setDay(day.getValue() == null ? holiday.getDay() : day.getValue());
            holiday.setName(name.getValue().trim());
            holiday.setKind(kind.getValue());
            try {
                calendar.save(holiday);
                dialog.close();
                year.setValue(holiday.getDay().getYear());
                refresh();
                notify(getTranslation("holiday.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (ConstraintViolationException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(invalid.getConstraintViolations().stream()
                        .map(v -> getTranslation("holiday." + v.getPropertyPath()) + ": " + v.getMessage())
                        .collect(Collectors.joining("; ")));
            } catch (HolidayException clash) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation(clash.messageKey(), Formats.date(holiday.getDay(), getLocale())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("holiday-save");
        dialog.add(new VerticalLayout(day, name, kind));
        dialog.getFooter().add(new Button(getTranslation("complaint.cancel"), e -> dialog.close()), save);
        id.bpjs.jmo.base.ui.Dialogs.keyboard(dialog, save, day);
        dialog.open();
    }

    private void remove(Holiday holiday) {
        var confirm = new ConfirmDialog(getTranslation("holiday.remove"), getTranslation("holiday.removeConfirm",
                holiday.getName(), Formats.date(holiday.getDay(), getLocale())), getTranslation("holiday.remove"), e -> {
                    calendar.delete(holiday);
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("complaint.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.holidays");
    }
}
