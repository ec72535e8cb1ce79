package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Text that screen readers read and the screen does not show (class {@code visually-hidden} in styles.css). A grid's
 * column of buttons or icons needs a header name all the same (WCAG 1.3.1; axe "empty-table-header"): without one a
 * screen reader announces its cells as belonging to a blank column.
 */
public final class VisuallyHidden {

    private VisuallyHidden() {
    }

    /** A span holding {@code text}, hidden from sight only. */
    public static Span text(String text) {
        var span = new Span(text);
        span.addClassName("visually-hidden");
        return span;
    }
}
