package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Vaadin's connection indicator (added to every page's body by the Flow client: "Connection lost", "Reconnecting…")
 * becomes a status region: a screen reader then announces losing and regaining the connection (WCAG 4.1.3), and its
 * content no longer sits outside every landmark (axe "region", WCAG 1.3.1). The component sets no role itself.
 */
public final class ConnectionStatusAria {

    static final String SCRIPT = """
            const mark = () => document.querySelectorAll('vaadin-connection-indicator:not([role])')
                .forEach((indicator) => indicator.setAttribute('role', 'status'));
            mark();
            customElements.whenDefined('vaadin-connection-indicator').then(mark);
            """;

    private ConnectionStatusAria() {
    }

    /** Marks the indicator of this UI's browser page (it exists by the time the first response runs this). */
    public static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
