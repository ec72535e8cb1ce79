package id.bpjs.jmo.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.alert.AlertSettings;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.mail.Mailer;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;

/** The thresholds of the alert rules and whether e-mail goes out. Admins change; managers read. */
@Route(Links.ALERT_SETTINGS)
@Menu(order = 96, icon = "vaadin:bell-o", title = "alert.settings.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class AlertSettingsView extends VerticalLayout implements HasDynamicTitle {

    AlertSettingsView(AlertSettings settings, Mailer mailer, CurrentUser currentUser) {
        boolean admin = currentUser.require().role() == Role.ADMIN;
        add(new H2(getTranslation("alert.settings.title")), mailStatus(this, mailer),
                new Paragraph(getTranslation("alert.settings.help")));
        var fields = new LinkedHashMap<AlertSettings.Threshold, IntegerField>();
        for (var threshold : AlertSettings.ALL) {
            var field = new IntegerField(getTranslation("alert.settings." + threshold.key()));
            field.setMin(threshold.min());
            field.setMax(threshold.max());
            field.setStepButtonsVisible(true);
            field.setWidth("26em");
            field.setValue(settings.get(threshold));
            field.setSuffixComponent(new Span(getTranslation(threshold.unitKey())));
            field.setReadOnly(!admin);
            field.setId("alert-setting-" + threshold.key().replace('.', '-'));
            fields.put(threshold, field);
            add(field);
        }
        var save = new Button(getTranslation("complaint.save"), e -> {
            boolean valid = true;
            for (var entry : fields.entrySet()) {
                var value = entry.getValue().getValue();
                var threshold = entry.getKey();
                if (value == null || value < threshold.min() || value > threshold.max()) {
                    entry.getValue().setInvalid(true);
                    entry.getValue().setErrorMessage(entry.getValue().getLabel() + ": "
                            + getTranslation("alert.settings.range") + " (" + threshold.min() + "–"
                            + threshold.max() + ")");
                    valid = false;
                }
            }
            if (!valid) {
                return;
            }
            fields.forEach((threshold, field) -> settings.set(threshold, field.getValue()));
            Notification.show(getTranslation("alert.settings.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("alert-settings-save");
        save.setVisible(admin);
        add(save);
    }

    /** "E-mail is on: server …" or "E-mail is off: …", shown on the admin pages. */
    static Paragraph mailStatus(com.vaadin.flow.component.Component owner, Mailer mailer) {
        var status = mailer.status();
        var text = status.enabled()
                ? owner.getTranslation("alert.mail.on", status.host(), status.port(), status.from())
                : owner.getTranslation("alert.mail.off");
        var paragraph = new Paragraph(text);
        paragraph.setId("mail-status");
        paragraph.addClassName(status.enabled() ? "mail-on" : "mail-off");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.settings.title");
    }
}
