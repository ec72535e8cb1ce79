package id.bpjs.jmo.base.time;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * Indonesia's three time zones (no daylight saving): WIB UTC+7 (Sumatra, Java, West and Central Kalimantan), WITA
 * UTC+8 (Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi), WIT UTC+9 (Maluku, Papua). A branch works in
 * one of them; the IANA id is what is stored ({@code branch.time_zone}).
 */
public enum IndonesianZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    IndonesianZone(String id) {
        this.zone = ZoneId.of(id);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The IANA id, e.g. {@code Asia/Makassar}. */
    public String id() {
        return zone.getId();
    }

    /** The zone with this IANA id, if it is one of the three. */
    public static Optional<IndonesianZone> ofId(String id) {
        return Arrays.stream(values()).filter(z -> z.id().equals(id)).findFirst();
    }
}
