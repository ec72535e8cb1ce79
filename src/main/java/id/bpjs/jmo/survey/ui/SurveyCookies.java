package id.bpjs.jmo.survey.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import id.bpjs.jmo.survey.SurveyClient;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The public survey's client as the limits see it: the request's remote address (never a forwarded header: the
 * server's forwarded-header handling puts a trusted proxy's client address there), a long-lived random device id
 * and, on a kiosk tablet, the kiosk secret. Both cookies are HttpOnly and carry no personal data.
 */
final class SurveyCookies {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final Duration DEVICE_LIFETIME = Duration.ofDays(400);
    /** A registered tablet stays a kiosk for years; revoking it on the admin page ends it at once. */
    private static final Duration KIOSK_LIFETIME = Duration.ofDays(3650);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyCookies() {
    }

    /** The client of the current request; a device without a valid device cookie gets a new id (and the cookie). */
    static SurveyClient currentClient(boolean kioskMode) {
        var request = VaadinRequest.getCurrent();
        var address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        return new SurveyClient(address, deviceId(), kioskMode, kioskMode ? cookie(SurveyClient.KIOSK_COOKIE) : null);
    }

    /** Keeps the kiosk secret on this tablet. */
    static void rememberKiosk(String secret) {
        set(SurveyClient.KIOSK_COOKIE, secret, KIOSK_LIFETIME);
    }

    private static String deviceId() {
        var fromCookie = cookie(SurveyClient.DEVICE_COOKIE);
        if (fromCookie != null && DEVICE_ID.matcher(fromCookie).matches()) {
            return fromCookie;
        }
        // the cookie reaches the browser with this response; until then the session keeps the same id
        var session = VaadinSession.getCurrent();
        var known = session == null ? null : (String) session.getAttribute(SurveyClient.DEVICE_COOKIE);
        if (known != null) {
            return known;
        }
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (session != null) {
            session.setAttribute(SurveyClient.DEVICE_COOKIE, id);
        }
        set(SurveyClient.DEVICE_COOKIE, id, DEVICE_LIFETIME);
        return id;
    }

    private static @Nullable String cookie(String name) {
        var request = VaadinRequest.getCurrent();
        var cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst()
                .orElse(null);
    }

    private static void set(String name, String value, Duration lifetime) {
        var response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge((int) lifetime.toSeconds());
        cookie.setHttpOnly(true);
        var request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
