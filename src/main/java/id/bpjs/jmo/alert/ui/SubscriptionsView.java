package id.bpjs.jmo.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.alert.DeckFormat;
import id.bpjs.jmo.alert.DeckSubscriptions;
import id.bpjs.jmo.alert.DeckSubscriptions.Subscription;
import id.bpjs.jmo.alert.PeriodKind;
import id.bpjs.jmo.base.domain.MessageKeyException;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.mail.Mailer;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import id.bpjs.jmo.base.ui.VisuallyHidden;

/**
 * Findings decks by e-mail: a manager subscribes for a branch, monthly or per semester, PPTX or PDF, and stops it;
 * an admin sees every subscription and can stop it.
 */
@Route(Links.SUBSCRIPTIONS)
@Menu(order = 7, icon = "vaadin:envelope-o", title = "subscription.menu")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class SubscriptionsView extends VerticalLayout implements HasDynamicTitle {

    private final DeckSubscriptions subscriptions;
    private final Grid<Subscription> grid = new Grid<>();

    SubscriptionsView(DeckSubscriptions subscriptions, BranchService branches, Mailer mailer,
            CurrentUser currentUser, id.bpjs.jmo.security.ui.BranchScope scope) {
        this.subscriptions = subscriptions;
        boolean admin = currentUser.require().role() == Role.ADMIN;
        var branch = new ComboBox<Branch>(getTranslation("subscription.branch"));
        branch.setItems(branches.all());
        branch.setItemLabelGenerator(b -> b.getCode() + " " + b.getName());
        branch.setId("subscription-branch");
        var kind = new Select<PeriodKind>();
        kind.setLabel(getTranslation("subscription.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("subscription.kind." + k.name()));
        kind.setValue(PeriodKind.MONTHLY);
        kind.setId("subscription-kind");
        var format = new Select<DeckFormat>();
        format.setLabel(getTranslation("subscription.format"));
        format.setItems(DeckFormat.values());
        format.setValue(DeckFormat.PPTX);
        format.setId("subscription-format");
        var add = new Button(getTranslation("subscription.add"), VaadinIcon.PLUS.create(), e -> {
            if (branch.getValue() == null) {
                branch.setInvalid(true);
                return;
            }
            try {
                subscriptions.subscribe(branch.getValue().getId(), kind.getValue(), format.getValue(),
                        scope.today());
                notify("subscription.added", true);
                refresh();
            } catch (MessageKeyException refused) {
                notify(refused.messageKey(), false);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("subscription-add");
        var form = new HorizontalLayout(branch, kind, format, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        if (admin) {
            grid.addColumn(s -> s.fullName() + " (" + s.username() + ")")
                    .setHeader(getTranslation("subscription.subscriber")).setAutoWidth(true);
        }
        grid.addColumn(s -> s.branchCode() + " " + s.branchName()).setHeader(getTranslation("subscription.branch"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("subscription.kind." + s.kind().name()))
                .setHeader(getTranslation("subscription.kind"));
        grid.addColumn(s -> s.format().name()).setHeader(getTranslation("subscription.format"));
        grid.addColumn(s -> Formats.dateTime(s.createdAt(), getLocale())).setHeader(getTranslation("subscription.created"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.lastSentAt() == null ? getTranslation("subscription.never")
                : Formats.dateTime(s.lastSentAt(), getLocale())).setHeader(getTranslation("subscription.lastSent"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.stoppedAt() == null ? getTranslation("subscription.active")
                : getTranslation("subscription.stopped", Formats.dateTime(s.stoppedAt(), getLocale()), s.stoppedBy()))
                .setHeader(getTranslation("subscription.state")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            var stop = new Button(getTranslation("subscription.stop"), VaadinIcon.STOP.create(), e -> {
                subscriptions.stop(s.id());
                notify("subscription.stoppedDone", true);
                refresh();
            });
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            var send = new Button(VaadinIcon.PAPERPLANE.create(), e -> {
                var sent = subscriptions.sendNow(s.id(), scope.today());
                notify(sent ? "subscription.sent" : "subscription.notSent", sent);
                refresh();
            });
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            send.setAriaLabel(getTranslation("subscription.sendNow"));
            send.setTooltipText(getTranslation("subscription.sendNow"));
            send.setEnabled(mailer.enabled());
            var actions = new HorizontalLayout(send, stop);
            actions.setVisible(s.active());
            return actions;
        }).setHeader(VisuallyHidden.text(getTranslation("list.actions"))).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("subscription.empty"));
        grid.setId("subscriptions-grid");
        setSizeFull();
        add(new H2(getTranslation("subscription.title")), AlertSettingsView.mailStatus(this, mailer),
                new Paragraph(getTranslation("subscription.help")
                        + (admin ? " " + getTranslation("subscription.helpAdmin") : "")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(subscriptions.list());
    }

    private void notify(String key, boolean success) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(
                success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscription.title");
    }
}
