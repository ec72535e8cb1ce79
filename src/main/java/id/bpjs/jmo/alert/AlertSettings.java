package id.bpjs.jmo.alert;

import id.bpjs.jmo.settings.AppSettings;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The thresholds of the alert rules: a default each, changed by admins in the app and traced like every other
 * setting ({@link AppSettings}). The significance level itself is fixed (p &lt; 0.05, {@code Significance.ALPHA}) so
 * that alerts and the dashboard's arrows agree.
 */
@Service
public class AlertSettings {

    /** One threshold: its settings key, the default, the allowed range and its unit's translation key. */
    public record Threshold(String key, int defaultValue, int min, int max, String unitKey) {
    }

    public static final Threshold ERRORS_MIN_COUNT = new Threshold("alert.errors.min-count", 5, 1, 1000,
            "alert.unit.reports");
    public static final Threshold VERSION_MIN_COUNT = new Threshold("alert.version.min-count", 5, 1, 1000,
            "alert.unit.reports");
    public static final Threshold VERSION_NEW_DAYS = new Threshold("alert.version.new-days", 28, 1, 365,
            "alert.unit.days");
    public static final Threshold SATISFACTION_DAYS = new Threshold("alert.satisfaction.days", 30, 7, 365,
            "alert.unit.days");
    public static final Threshold DEADLINE_WARN_DAYS = new Threshold("alert.deadline.warn-days", 1, 0, 30,
            "alert.unit.workingDays");
    public static final Threshold DEADLINE_MIN_COUNT = new Threshold("alert.deadline.min-count", 1, 1, 1000,
            "alert.unit.complaints");
    public static final Threshold IKM_WEEKS_LEFT = new Threshold("alert.ikm.weeks-left", 6, 1, 26,
            "alert.unit.weeks");

    public static final List<Threshold> ALL = List.of(ERRORS_MIN_COUNT, VERSION_MIN_COUNT, VERSION_NEW_DAYS,
            SATISFACTION_DAYS, DEADLINE_WARN_DAYS, DEADLINE_MIN_COUNT, IKM_WEEKS_LEFT);

    private final AppSettings settings;

    AlertSettings(AppSettings settings) {
        this.settings = settings;
    }

    /** The value an admin set, else the default. */
    public int get(Threshold threshold) {
        return settings.getInt(threshold.key(), threshold.defaultValue());
    }

    /**
     * Changes a threshold (admins only; traced).
     *
     * @throws IllegalArgumentException "alert.settings.range" when the value is outside the threshold's range
     */
    @RolesAllowed("ADMIN")
    public void set(Threshold threshold, int value) {
        if (value < threshold.min() || value > threshold.max()) {
            throw new IllegalArgumentException("alert.settings.range");
        }
        if (value != get(threshold)) {
            settings.set(threshold.key(), String.valueOf(value));
        }
    }
}
