package id.bpjs.jmo.survey.ui;

import id.bpjs.jmo.survey.SurveyClient;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    /**
     * The client of this request; a device without a valid device cookie gets a new id, and the cookie with the
     * response. (A browser that refuses cookies is a new device on every request: the address allowance still
     * holds it.)
     */
    static SurveyClient client(HttpServletRequest request, HttpServletResponse response, boolean kioskMode) {
        var address = request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        var device = cookie(request, SurveyClient.DEVICE_COOKIE);
        if (device == null || !DEVICE_ID.matcher(device).matches()) {
            var bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            device = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            set(request, response, SurveyClient.DEVICE_COOKIE, device, DEVICE_LIFETIME);
        }
        return new SurveyClient(address, device, kioskMode,
                kioskMode ? cookie(request, SurveyClient.KIOSK_COOKIE) : null);
    }

    /** Keeps the kiosk secret on this tablet. */
    static void rememberKiosk(HttpServletRequest request, HttpServletResponse response, String secret) {
        set(request, response, SurveyClient.KIOSK_COOKIE, secret, KIOSK_LIFETIME);
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst()
                .orElse(null);
    }

    private static void set(HttpServletRequest request, HttpServletResponse response, String name, String value,
            Duration lifetime) {
        var cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge((int) lifetime.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
