package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import id.bpjs.jmo.base.i18n.Formats;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bahasa Indonesia (default) or English. The choice is kept in a long-lived cookie, so it is remembered on the
 * login page, after logout and on the next visit.
 */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "jmo-lang";
    private static final List<Locale> LOCALES = List.of(Formats.ID, Formats.EN);

    public LanguageSwitch() {
        setItems(LOCALES);
        // each language is named in itself, so a reader finds their own whatever the page speaks now
        setItemLabelGenerator(locale -> getTranslation(locale, "language.name"));
        setValue(Formats.language(UI.getCurrent().getLocale()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                remember(event.getValue());
                FormDrafts.keep(UI.getCurrent());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** The locale a new UI starts with: the remembered choice, else Indonesian. */
    static Locale preferred(@Nullable VaadinRequest request) {
        if (request != null && request.getCookies() != null) {
            var remembered = Arrays.stream(request.getCookies())
                    .filter(cookie -> COOKIE.equals(cookie.getName()))
                    .map(Cookie::getValue)
                    .findFirst();
            if (remembered.isPresent()) {
                return Formats.language(Locale.forLanguageTag(remembered.get()));
            }
        }
        return Formats.ID;
    }

    private static void remember(Locale locale) {
        var cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
    }
}
