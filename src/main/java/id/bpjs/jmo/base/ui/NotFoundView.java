package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address: a clear page in the user's language with a way back, and HTTP 404. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** The page has a title like every other (WCAG 2.4.2, axe "document-title"). */
    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found");
        // shown without the main layout: the page's one main landmark (WCAG 1.3.1, axe "region")
        getElement().setAttribute("role", "main");
        add(new H1(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
