package id.bpjs.jmo.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.WeightConvention;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.settings.AppSettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.core.env.Environment;

/** The time limits of complaints and the IKM weight convention. Admins change; managers read. */
@Route(Links.SETTINGS)
@Menu(order = 94, icon = "vaadin:cog", title = "menu.settings")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    SettingsView(AppSettings settings, Environment environment, CurrentUser currentUser) {
        boolean admin = currentUser.require().role() == Role.ADMIN;
        // the value set in the app, else the configured default (the same rule ComplaintTimeLimits follows)
        var firstResponse = days(getTranslation("settings.firstResponse"), settings.getInt(
                AppSettings.FIRST_RESPONSE_DAYS, environment.getProperty("jmo.complaint.first-response-days",
                        Integer.class, 3)));
        firstResponse.setId("settings-first-response");
        var resolution = days(getTranslation("settings.resolution"), settings.getInt(AppSettings.RESOLUTION_DAYS,
                environment.getProperty("jmo.complaint.resolution-days", Integer.class, 5)));
        resolution.setId("settings-resolution");
        var weight = new Select<WeightConvention>();
        weight.setLabel(getTranslation("ikm.weight"));
        weight.setItems(WeightConvention.values());
        weight.setItemLabelGenerator(w -> getTranslation("ikm.weight." + w.name()));
        weight.setWidth("22em");
        weight.setValue(settings.get(AppSettings.IKM_WEIGHT).map(WeightConvention::valueOf)
                .orElse(WeightConvention.EXACT_NINTH));
        var retention = new IntegerField(getTranslation("settings.retention"));
        retention.setMin(1);
        retention.setMax(AppSettings.FOLLOW_UP_RETENTION_MAX);
        retention.setStepButtonsVisible(true);
        retention.setWidth("22em");
        retention.setHelperText(getTranslation("settings.retention.help"));
        retention.setValue(settings.getInt(AppSettings.FOLLOW_UP_RETENTION_DAYS,
                AppSettings.FOLLOW_UP_RETENTION_DEFAULT));
        retention.setId("settings-retention");
        var save = new Button(getTranslation("complaint.save"), e -> {
            var first = firstResponse.getValue();
            var resolve = resolution.getValue();
            boolean valid = true;
            for (var field : new IntegerField[] {firstResponse, resolution}) {
                if (field.getValue() == null || field.getValue() <= 0) {
                    field.setInvalid(true);
                    field.setErrorMessage(field.getLabel() + ": " + getTranslation("settings.positive"));
                    valid = false;
                }
            }
            var keep = retention.getValue();
            if (keep == null || keep < 1 || keep > AppSettings.FOLLOW_UP_RETENTION_MAX) {
                retention.setInvalid(true);
                retention.setErrorMessage(retention.getLabel() + ": " + getTranslation("settings.retention.range"));
                valid = false;
            }
            if (!valid) {
                return;
            }
            settings.setWorkingDays(AppSettings.FIRST_RESPONSE_DAYS, first);
            settings.setWorkingDays(AppSettings.RESOLUTION_DAYS, resolve);
            settings.set(AppSettings.IKM_WEIGHT, weight.getValue().name());
            settings.setFollowUpRetentionDays(keep);
            Notification.show(getTranslation("settings.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        save.setVisible(admin);
        firstResponse.setReadOnly(!admin);
        resolution.setReadOnly(!admin);
        weight.setReadOnly(!admin);
        retention.setReadOnly(!admin);
        add(new H2(getTranslation("menu.settings")), new Paragraph(getTranslation("settings.help")), firstResponse,
                resolution, weight, retention, save);
    }

    private static IntegerField days(String label, int value) {
        var field = new IntegerField(label);
        field.setMin(1);
        field.setMax(60);
        field.setStepButtonsVisible(true);
        field.setWidth("22em");
        field.setValue(value);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("hk"));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.settings");
    }
}
