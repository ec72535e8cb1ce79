package id.bpjs.jmo.base.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * The period, branch and channel a person last looked at, kept in their Vaadin session: a page whose address carries
 * no filter (a menu click, a link without parameters) shows this one instead of the defaults, so the filter follows
 * the person from page to page. The address bar stays the source for links and Back: a page that has the filter in
 * its address uses that and remembers it.
 */
public final class FilterMemory {

    private FilterMemory() {
    }

    /** Remembers the filter a page now shows; outside a Vaadin request it does nothing. */
    public static void remember(FilterParams params) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(FilterParams.class, params);
        }
    }

    /** The filter last shown in this session, if any. */
    public static Optional<FilterParams> recall() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(FilterParams.class));
    }
}
