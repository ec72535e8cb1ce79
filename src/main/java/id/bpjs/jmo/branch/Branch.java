package id.bpjs.jmo.branch;

import id.bpjs.jmo.base.time.IndonesianZone;
import id.bpjs.jmo.base.time.ServiceTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A BPJS Ketenagakerjaan branch office (kantor cabang), e.g. PWT for Purwokerto. */
@Entity
@Table(name = "branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2,8}", message = "{jmo.branch.code}")
    @Column(nullable = false, unique = true, length = 8)
    private String code = "";

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name = "";

    @NotBlank
    @Size(max = 100)
    @Column(name = "regional_office", nullable = false, length = 100)
    private String regionalOffice = "";

    /** Participants served per month: the population N of the IKM minimum sample (Krejcie–Morgan). */
    @Min(1)
    @Column(name = "served_per_month", nullable = false)
    private int servedPerMonth = 1;

    /**
     * The branch's IANA time zone, one of Indonesia's three (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura).
     * The branch's stored wall times (survey submissions, complaints, claims) are local times in this zone.
     */
    @NotBlank
    @Pattern(regexp = "Asia/(Jakarta|Makassar|Jayapura)", message = "{jmo.branch.timeZone}")
    @Column(name = "time_zone", nullable = false, length = 32)
    private String timeZone = ServiceTime.DEFAULT_ZONE.getId();

    /** The head of the branch (Kepala Kantor Cabang), who signs the branch's IKM report; empty until entered. */
    @Size(max = 100)
    @Column(name = "head_name", length = 100)
    private @Nullable String headName;

    public Branch(String code, String name, String regionalOffice, int servedPerMonth) {
        this.code = code;
        this.name = name;
        this.regionalOffice = regionalOffice;
        this.servedPerMonth = servedPerMonth;
    }

    /** How the settings trace writes it. */
    public String describe() {
        return code + " " + name + " (" + regionalOffice + "), " + servedPerMonth + " peserta/bulan, " + timeZone
                + (headName == null ? "" : ", kepala " + headName);
    }

    public Branch() {
        this("", "", "", 1);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegionalOffice() {
        return regionalOffice;
    }

    public void setRegionalOffice(String regionalOffice) {
        this.regionalOffice = regionalOffice;
    }

    public int getServedPerMonth() {
        return servedPerMonth;
    }

    public void setServedPerMonth(int servedPerMonth) {
        this.servedPerMonth = servedPerMonth;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The zone its wall times are in; a stored id that is not one of the three counts as the default (WIB). */
    public ZoneId zone() {
        return IndonesianZone.ofId(timeZone).map(IndonesianZone::zone).orElse(ServiceTime.DEFAULT_ZONE);
    }

    public @Nullable String getHeadName() {
        return headName;
    }

    public void setHeadName(@Nullable String headName) {
        this.headName = headName == null || headName.isBlank() ? null : headName.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branch other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Branch.class.hashCode();
    }

    @Override
    public String toString() {
        return code + " – " + name;
    }
}
