package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in the remembered language (Indonesian by default), and an unexpected exception in a view shows
 * a friendly notification in that language; the details go only to the log.
 */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            var ui = uiEvent.getUI();
            var locale = LanguageSwitch.preferred(VaadinRequest.getCurrent());
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            ComboBoxEnter.install(ui);
            RequiredFieldAria.install(ui);
            ConnectionStatusAria.install(ui);
        });
        // The page says which language it is in (WCAG 3.1.1): screen readers read Indonesian with Indonesian rules,
        // and the browser does not offer to translate it from English.
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", LanguageSwitch.preferred(response.getVaadinRequest()).getLanguage()));
        // Bean Validation messages from the services follow the chosen language too, not the browser's.
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                LocaleContextHolder.setLocale(LanguageSwitch.preferred(request));
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
                // the error handler below reports it
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                LocaleContextHolder.resetLocaleContext();
            }
        });
        event.getSource().addSessionInitListener(sessionEvent -> sessionEvent.getSession().setErrorHandler(error -> {
            log.error("Unexpected error in the UI", error.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    var notification = Notification.show(ui.getTranslation("error.unexpected"), 6000,
                            Notification.Position.TOP_CENTER);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }));
    }
}
