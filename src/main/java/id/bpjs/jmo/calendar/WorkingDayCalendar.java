package id.bpjs.jmo.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import id.bpjs.jmo.audit.SettingsTrace;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days as the regulations count them: Monday to Friday, minus national holidays and collective leave.
 * PP 46/2015 (JHT paid within 5 working days) and the complaint time limits are all counted this way.
 * The holiday set is small (a few dozen days a year) and kept in memory; it is reloaded whenever it changes through
 * this instance, and after {@code jmo.cache.shared-ttl} (default 5 s) at the latest, so a holiday entered on another
 * instance of the application counts here too.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private final HolidayRepository holidays;
    private final SettingsTrace trace;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final LoadingCache<Boolean, Set<LocalDate>> holidayDays;

    WorkingDayCalendar(HolidayRepository holidays, SettingsTrace trace, CurrentUser currentUser, Validator validator,
            @Value("${jmo.cache.shared-ttl:PT5S}") Duration sharedTtl) {
        this.holidays = holidays;
        this.holidayDays = Caffeine.newBuilder().expireAfterWrite(sharedTtl).build(all -> holidays.findAll().stream()
                .map(Holiday::getDay).collect(Collectors.toUnmodifiableSet()));
        this.trace = trace;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    public boolean isWorkingDay(LocalDate day) {
        var dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidaySet().contains(day);
    }

    /**
     * Working days elapsed from {@code from} to {@code to}: the working days after the start date up to and including
     * the end date. Complete on Monday and paid on Tuesday is 1; paid the same day is 0; complete on Friday and paid on
     * Monday is 1. A negative span counts as 0.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public int workingDaysBetween(LocalDateTime from, LocalDateTime to) {
        return workingDaysBetween(from.toLocalDate(), to.toLocalDate());
    }

    /** The date {@code workingDays} working days after {@code start} (a deadline). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        var day = start;
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /**
     * The earliest date whose age on {@code today} is at most {@code workingDays} working days. Records received on or
     * after it are within that age; records received before it are older. Lets the database count by age with a
     * plain date comparison.
     */
    public LocalDate earliestDateWithAgeAtMost(LocalDate today, int workingDays) {
        var day = today;
        while (workingDaysBetween(day.minusDays(1), today) <= workingDays) {
            day = day.minusDays(1);
        }
        return day;
    }

    public List<Holiday> all() {
        return holidays.findAllByOrderByDay();
    }

    public List<Holiday> between(LocalDate from, LocalDate to) {
        return holidays.findByDayBetweenOrderByDay(from, to);
    }

    /**
     * Adds or changes a holiday (admins only). Every working-day figure follows at once; the change is traced.
     * A second holiday on the same date is refused with {@link HolidayException}.
     */
    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public Holiday save(Holiday holiday) {
        var violations = validator.validate(holiday);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var existing = holidays.findByDay(holiday.getDay());
        if (existing.isPresent() && !existing.get().getId().equals(holiday.getId())) {
            throw new HolidayException("holiday.duplicate", holiday.getDay());
        }
        var before = holiday.getId() == null ? null : holidays.findById(holiday.getId()).map(Holiday::describe)
                .orElse(null);
        var saved = holidays.saveAndFlush(holiday);
        holidayDays.invalidateAll();
        trace.record(currentUser.require().username(), "holiday", saved.getDay().toString(), before, saved.describe());
        return saved;
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(Holiday holiday) {
        holidays.deleteById(java.util.Objects.requireNonNull(holiday.getId()));
        holidayDays.invalidateAll();
        trace.record(currentUser.require().username(), "holiday", holiday.getDay().toString(), holiday.describe(),
                null);
    }

    private Set<LocalDate> holidaySet() {
        return holidayDays.get(Boolean.TRUE);
    }
}
