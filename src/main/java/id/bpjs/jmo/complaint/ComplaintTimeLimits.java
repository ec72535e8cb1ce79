package id.bpjs.jmo.complaint;

import id.bpjs.jmo.settings.AppSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Time limits in working days, as KemenPANRB uses them for SP4N-LAPOR!: a first response within 3, resolution
 * within 5. Configurable: {@code jmo.complaint.first-response-days}, {@code jmo.complaint.resolution-days}.
 */
@Component
public class ComplaintTimeLimits {

    private final int firstResponseDays;
    private final int resolutionDays;
    private final AppSettings settings;

    ComplaintTimeLimits(@Value("${jmo.complaint.first-response-days:3}") int firstResponseDays,
            @Value("${jmo.complaint.resolution-days:5}") int resolutionDays, AppSettings settings) {
        if (firstResponseDays <= 0 || resolutionDays <= 0) {
            throw new IllegalArgumentException("Complaint time limits must be at least one working day");
        }
        this.firstResponseDays = firstResponseDays;
        this.resolutionDays = resolutionDays;
        this.settings = settings;
    }

    /** The limit an admin set in the app, else the configured default. */
    public int firstResponseDays() {
        return settings.getInt(AppSettings.FIRST_RESPONSE_DAYS, firstResponseDays);
    }

    public int resolutionDays() {
        return settings.getInt(AppSettings.RESOLUTION_DAYS, resolutionDays);
    }
}
