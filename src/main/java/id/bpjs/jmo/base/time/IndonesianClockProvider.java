package id.bpjs.jmo.base.time;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of {@code @PastOrPresent} and the other temporal constraints (registered in META-INF/validation.xml, so
 * the Spring validator, Hibernate's pre-persist validation and Vaadin's bean binder all use it). A constraint cannot
 * know a record's branch, so it compares with the wall time in the easternmost zone (WIT, UTC+9): a local time is
 * refused only when it is in the future everywhere in Indonesia. The services then check against the branch's own
 * zone through {@link ServiceTime}. The default provider would use the JVM's zone, and in a UTC container refuse every
 * time of the last 7 hours (WIB).
 */
public class IndonesianClockProvider implements ClockProvider {

    private static final Clock EASTERNMOST = Clock.system(IndonesianZone.WIT.zone());

    @Override
    public Clock getClock() {
        return EASTERNMOST;
    }
}
