package id.bpjs.jmo.complaint.ui;

import com.vaadin.flow.component.Component;
import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.security.AppUser;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A history value as people read it: enum labels in the page language, times as "29 Nov 2026 18.51". */
final class HistoryValues {

    private final Component page;
    private final Supplier<Locale> locale;
    /** The branch's staff, to show a username as the colleague's name. */
    private final Supplier<Collection<AppUser>> staff;

    HistoryValues(Component page, Supplier<Locale> locale, Supplier<Collection<AppUser>> staff) {
        this.page = page;
        this.locale = locale;
        this.staff = staff;
    }

    String display(String field, @Nullable String value) {
        if (value == null) {
            return "–";
        }
        return switch (field) {
            case "receivedAt", "firstResponseAt", "resolvedAt" -> dateTime(value);
            // the history keeps the username; people know their colleagues by name
            case "assignee" -> staff.get().stream().filter(u -> u.getUsername().equals(value))
                    .findFirst().map(u -> u.getFullName() + " (" + value + ")").orElse(value);
            case "status" -> page.getTranslation("enum.ComplaintStatus." + value);
            case "category" -> page.getTranslation("enum.ComplaintCategory." + value);
            case "channel" -> page.getTranslation("enum.ComplaintChannel." + value);
            case "severity" -> page.getTranslation("enum.Severity." + value);
            case "attribute" -> Arrays.stream(RogersAttribute.values()).filter(a -> a.name().equals(value))
                    .findFirst().map(a -> a.label(locale.get())).orElse(value);
            default -> value;
        };
    }

    private String dateTime(String stored) {
        try {
            return Formats.dateTime(LocalDateTime.parse(stored), locale.get());
        } catch (java.time.format.DateTimeParseException notATime) {
            return stored;
        }
    }
}
