package id.bpjs.jmo.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days as the regulations count them: Monday to Friday, minus national holidays and collective leave.
 * PP 46/2015 (JHT paid within 5 working days) and the complaint time limits are all counted this way.
 * The holiday set is small (a few dozen days a year) and kept in memory; it is reloaded whenever it changes.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private final HolidayRepository holidays;
    private volatile @Nullable Set<LocalDate> holidayDays;

    WorkingDayCalendar(HolidayRepository holidays) {
        this.holidays = holidays;
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

    @Transactional
    public Holiday save(Holiday holiday) {
        var saved = holidays.save(holiday);
        holidayDays = null;
        return saved;
    }

    @Transactional
    public void delete(Holiday holiday) {
        holidays.delete(holiday);
        holidayDays = null;
    }

    private Set<LocalDate> holidaySet() {
        var days = holidayDays;
        if (days == null) {
            days = holidays.findAll().stream().map(Holiday::getDay).collect(Collectors.toUnmodifiableSet());
            holidayDays = days;
        }
        return days;
    }
}
