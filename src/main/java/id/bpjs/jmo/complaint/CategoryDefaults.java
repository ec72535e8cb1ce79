package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.RogersAttribute;
import id.bpjs.jmo.settings.AppSettings;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

/**
 * The Rogers attribute each complaint category suggests when no keyword rule matches. Admins can change it (traced);
 * without a change the category's built-in default applies.
 */
@Service
public class CategoryDefaults {

    private final AppSettings settings;

    CategoryDefaults(AppSettings settings) {
        this.settings = settings;
    }

    static String key(ComplaintCategory category) {
        return "category.default-attribute." + category.name();
    }

    public RogersAttribute attributeFor(ComplaintCategory category) {
        return settings.get(key(category)).map(RogersAttribute::valueOf).orElse(category.defaultAttribute());
    }

    @RolesAllowed("ADMIN")
    public void set(ComplaintCategory category, RogersAttribute attribute) {
        settings.set(key(category), attribute.name());
    }
}
