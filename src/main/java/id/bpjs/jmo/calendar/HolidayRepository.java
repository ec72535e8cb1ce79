package id.bpjs.jmo.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findAllByOrderByDay();

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    java.util.Optional<Holiday> findByDay(LocalDate day);
}
