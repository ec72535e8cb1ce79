package id.bpjs.jmo.survey;

import org.jspecify.annotations.Nullable;

/**
 * Who fills the public survey, as the limits see them.
 *
 * @param address    the request's remote address ({@code getRemoteAddr()}, which the server's forwarded-header
 *                   handling sets from trusted proxies only; never a header the client writes)
 * @param deviceId   the long-lived random id from the device cookie ({@link #DEVICE_COOKIE})
 * @param kioskMode  the page was opened with {@code ?kiosk=1}
 * @param kioskSecret the secret from the kiosk cookie ({@link #KIOSK_COOKIE}), if the tablet has one
 */
public record SurveyClient(String address, String deviceId, boolean kioskMode, @Nullable String kioskSecret) {

    /** Cookie holding a random device id (no personal data), so one phone has its own allowance behind NAT. */
    public static final String DEVICE_COOKIE = "jmo-survey-device";
    /** Cookie holding the kiosk secret, set when the registration link is opened on the counter tablet. */
    public static final String KIOSK_COOKIE = "jmo-survey-kiosk";
}
