package id.bpjs.jmo.setup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.setup.SetupProgress;

/**
 * Shown instead of empty charts until a new installation is set up: to an admin the steps in order, each linked to
 * its page and ticked when the database says it is done; to everyone else one sentence that the app is not set up yet.
 */
public class SetupChecklist extends Div {

    public SetupChecklist(SetupProgress.Progress progress, boolean admin) {
        addClassName("setup-checklist");
        setId("setup-checklist");
        getElement().setAttribute("role", "region");
        if (!admin) {
            add(new H2(getTranslation("setup.notReady.title")), new Paragraph(getTranslation("setup.notReady.text")));
            setId("setup-not-ready");
            return;
        }
        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")));
        var list = new OrderedList();
        for (var state : progress.steps()) {
            var step = state.step();
            var item = new ListItem();
            item.setId("setup-step-" + step.name());
            item.addClassName(state.done() ? "setup-done" : "setup-todo");
            var icon = (state.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName("setup-icon");
            icon.getElement().setAttribute("aria-hidden", "true");
            var status = new Span(getTranslation(state.done() ? "setup.done" : "setup.todo"));
            status.addClassName("setup-status");
            var link = new Anchor(link(step), getTranslation("setup.step." + step.name()));
            var detail = new Span(getTranslation("setup.step." + step.name() + ".detail",
                    Formats.number(state.count(), getLocale()), Formats.number(state.of(), getLocale())));
            detail.addClassName("setup-detail");
            item.add(icon, status, link, detail);
            list.add(item);
        }
        add(list);
    }

    private static String link(SetupProgress.Step step) {
        return switch (step) {
            case BRANCHES -> Links.BRANCHES;
            case HOLIDAYS -> Links.HOLIDAYS;
            case USERS -> Links.USERS;
            case POSTERS -> Links.IKM_REPORT;
        };
    }
}
