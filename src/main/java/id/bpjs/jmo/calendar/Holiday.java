package id.bpjs.jmo.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "holiday")
public class Holiday {

    public enum Kind {
        NATIONAL, COLLECTIVE_LEAVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotNull
    @Column(name = "holiday_date", nullable = false, unique = true)
    // set by the public constructor; JPA fills it on load
    private LocalDate day;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind = Kind.NATIONAL;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name, Kind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    /** How the trace writes it: "2026-08-17 Hari Kemerdekaan RI (NATIONAL)". */
    public String describe() {
        return day + " " + name + " (" + kind + ")";
    }

    public @Nullable Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }
}
