package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Required selects and date-time pickers no longer carry {@code aria-required} where ARIA does not allow it. Vaadin
 * 25.2 marks a select's value button (role {@code button}) and a date-time picker's host (role {@code group}) as
 * required; ARIA 1.2 allows the attribute on neither (axe: aria-allowed-attr, critical; WCAG 4.1.2; open upstream as
 * vaadin/web-components#7337). The requirement stays visible in the field's label indicator, the inputs inside a
 * date-time picker keep their own required state, and the binder still checks it; one document-level observer
 * removes the attribute wherever these components set it, until they do it right.
 */
public final class RequiredFieldAria {

    static final String SCRIPT = """
            if (!window.__jmoRequiredFieldAria) {
              window.__jmoRequiredFieldAria = true;
              const selector = 'vaadin-select-value-button[aria-required], vaadin-date-time-picker[aria-required]';
              const strip = (el) => el.matches && el.matches(selector) && el.removeAttribute('aria-required');
              const stripAll = (root) => root.querySelectorAll && root.querySelectorAll(selector).forEach(strip);
              new MutationObserver((records) => records.forEach((record) => {
                if (record.type === 'attributes') {
                  strip(record.target);
                } else {
                  record.addedNodes.forEach((node) => { if (node.nodeType === 1) { strip(node); stripAll(node); } });
                }
              })).observe(document.documentElement, {subtree: true, childList: true, attributes: true,
                  attributeFilter: ['aria-required']});
              stripAll(document);
            }
            """;

    private RequiredFieldAria() {
    }

    /** Installs the observer in the browser page of this UI (once per page). */
    public static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
