package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bpjs.jmo.survey.KioskService;

/**
 * Opened once on a counter tablet with the link from the kiosk registration ({@code /kiosk/<secret>}): keeps the
 * secret in a cookie on the tablet and links to the branch's survey in kiosk mode. A revoked or unknown secret sets
 * nothing.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskActivationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final KioskService kiosks;

    KioskActivationView(KioskService kiosks) {
        this.kiosks = kiosks;
        addClassName("public-survey");
        setPadding(true);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        removeAll();
        var kiosk = kiosks.bySecret(secret);
        if (kiosk.isEmpty()) {
            var text = new Paragraph(getTranslation("kiosk.activation.invalid"));
            text.setId("kiosk-activation-invalid");
            add(new H1(getTranslation("kiosk.activation.title")), text);
            return;
        }
        SurveyCookies.rememberKiosk(secret);
        var k = kiosk.get();
        var text = new Paragraph(getTranslation("kiosk.activation.done", k.name(), k.branchCode()));
        text.setId("kiosk-activation-done");
        var start = new Anchor("survei/" + k.branchCode() + "?kiosk=1", getTranslation("kiosk.activation.start"));
        start.setId("kiosk-activation-start");
        add(new H1(getTranslation("kiosk.activation.title")), text, start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.activation.title");
    }
}
