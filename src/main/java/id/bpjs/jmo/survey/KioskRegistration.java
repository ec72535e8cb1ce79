package id.bpjs.jmo.survey;

/**
 * A kiosk just registered, with its secret: shown to the admin once (only its SHA-256 is stored).
 *
 * @param link the link to open once on the tablet: {@code <jmo.public-url>/kiosk/<secret>}
 */
public record KioskRegistration(Kiosk kiosk, String secret, String link) {
}
