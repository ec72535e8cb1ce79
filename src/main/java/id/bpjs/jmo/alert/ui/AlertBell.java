package id.bpjs.jmo.alert.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import id.bpjs.jmo.alert.AlertService;
import id.bpjs.jmo.alert.AlertTexts;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.HeaderItem;
import id.bpjs.jmo.security.CurrentUser;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the header: the number of unread alerts (refreshed on every navigation) and, on click, the latest
 * alerts of the user (open ones and those ended within 30 days). Opening an alert's records marks it read.
 */
@SpringComponent
@Scope("prototype")
public class AlertBell extends Div implements AfterNavigationObserver, HeaderItem {

    private static final int SHOWN = 15;

    private final AlertService alerts;
    private final boolean loggedIn;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    AlertBell(AlertService alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.loggedIn = currentUser.get().isPresent();
        addClassName("alert-bell");
        setId("alert-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        badge.addClassName("alert-bell-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        add(button, badge);
        var popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("28rem");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("alert-bell-list");
        var all = new Button(getTranslation("alert.bell.all"), e -> {
            popover.close();
            UI.getCurrent().navigate(AlertsView.class);
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var readAll = new Button(getTranslation("alert.markAllRead"), e -> {
            alerts.markAllRead();
            fill();
            refreshCount();
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("alert-bell-read-all");
        popover.add(list, new HorizontalLayout(readAll, all));
        // not added to this layout: setTarget attaches the popover to the UI with its target, as an overlay (added
        // as a child of the header its content showed inline, next to the bell)
        setVisible(loggedIn);
        refreshCount();
    }

    private void refreshCount() {
        if (!loggedIn) {
            return;
        }
        long unread = alerts.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        var label = getTranslation("alert.bell", unread);
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    private void fill() {
        list.removeAll();
        var items = alerts.list(false, 30, SHOWN);
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("alert.bell.empty")));
        }
        var locale = AlertTexts.locale(getLocale().getLanguage());
        for (var item : items) {
            var title = new Span(AlertTexts.title(item.rule(), locale) + " · " + item.branchCode());
            title.addClassName("alert-item-title");
            var closedAt = item.closedAt();
            var when = new Span(closedAt == null
                    ? getTranslation("alert.status.open", Formats.dateTime(item.openedAt(), getLocale()))
                    : getTranslation("alert.status.ended", Formats.dateTime(closedAt, getLocale()),
                            Formats.dateTime(item.openedAt(), getLocale())));
            when.addClassName("alert-item-when");
            var text = new Span(AlertTexts.text(item.rule(), item.params(), locale));
            text.addClassName("alert-item-text");
            var entry = new Div(title, when, text);
            entry.addClassName("alert-item");
            entry.addClassName(item.read() ? "alert-read" : "alert-unread");
            if (!item.open()) {
                entry.addClassName("alert-ended");
            }
            entry.addClickListener(e -> {
                alerts.markRead(item.id());
                refreshCount();
                UI.getCurrent().navigate(item.link());
            });
            list.add(entry);
        }
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }
}
