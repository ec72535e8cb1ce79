package id.bpjs.jmo.layout;

import id.bpjs.jmo.base.ui.FollowsFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.security.ui.BranchScope;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A read-only list of records with the dashboard's filter bar and, above the grid, removable chips for the extra
 * filters a drill-down brought along (attribute, category, status…). Everything lives in the address bar.
 */
public abstract class RecordListLayout extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        FollowsFilter {

    protected final LocalDate today;
    private final BranchScope.Options scope;
    private final FilterBar filterBar;
    private final Div chips = new Div();
    private final Class<? extends Component> route;
    private FilterParams params;
    private Map<String, String> extras = Map.of();

    protected RecordListLayout(Class<? extends Component> route, BranchScope branches) {
        this.route = route;
        today = branches.today();
        params = FilterParams.defaults(today);
        scope = branches.forCurrentUser();
        addClassName("record-list");
        setSizeFull();
        filterBar = new FilterBar(scope.options(), scope.locked(), today, changed -> navigate(changed, extras));
        chips.addClassName("filter-chips");
        add(filterBar, chips);
    }

    /** The extra query parameters this list understands, in display order. */
    protected abstract List<String> extraKeys();

    /** How a chip reads, e.g. "Atribut: Kerumitan". */
    protected abstract String chipLabel(String key, String value);

    protected abstract void refresh(RecordFilter filter, Map<String, String> extras);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        params = scope.parse(query, today);
        var found = new LinkedHashMap<String, String>();
        for (var key : extraKeys()) {
            var values = query.getParameters().get(key);
            // a value the list does not understand (a mistyped or stale address) is left out: no chip, no filter
            if (values != null && !values.isEmpty() && !values.getFirst().isBlank()
                    && understands(key, values.getFirst())) {
                found.put(key, values.getFirst());
            }
        }
        extras = found;
        filterBar.show(params, scope.options());
        showChips();
        refresh(scope.filter(params, today), extras);
    }

    private void showChips() {
        chips.removeAll();
        extras.forEach((key, value) -> {
            if (keysWithoutChip().contains(key)) {
                return;
            }
            var remove = new Button(chipLabel(key, value), VaadinIcon.CLOSE_SMALL.create(), e -> {
                var without = new LinkedHashMap<>(extras);
                without.remove(key);
                navigate(params, without);
            });
            remove.setIconAfterText(true);
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            remove.setTooltipText(getTranslation("list.removeFilter"));
            chips.add(remove);
        });
        chips.setVisible(chips.getComponentCount() > 0);
    }

    private void navigate(FilterParams filter, Map<String, String> extra) {
        var map = new LinkedHashMap<>(filter.toMap());
        map.putAll(extra);
        UI.getCurrent().navigate(route, QueryParameters.simple(map));
    }

    protected @Nullable String extra(String key) {
        return extras.get(key);
    }

    /** Sets (or with a blank value removes) one extra filter and puts it into the address bar. */
    protected void setExtra(String key, @Nullable String value) {
        var changed = new LinkedHashMap<>(extras);
        if (value == null || value.isBlank()) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        navigate(params, changed);
    }

    /** Sets (blank or null values remove) several extra filters at once, in one address-bar change. */
    protected void setExtras(Map<String, @Nullable String> values) {
        var changed = new LinkedHashMap<>(extras);
        values.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                changed.remove(key);
            } else {
                changed.put(key, value);
            }
        });
        navigate(params, changed);
    }

    /**
     * Whether {@code value} is a value of the extra filter {@code key} this list can apply (an enum name it knows, a
     * number where a number is asked for). Values it cannot apply are dropped from the address's filters, so a chip
     * never shows a filter that is not applied. Lists without such parameters keep the default: every value.
     */
    protected boolean understands(String key, String value) {
        return true;
    }

    /** Whether {@code value} is the name of one of {@code type}'s constants, exactly. */
    protected static boolean isConstantOf(Class<? extends Enum<?>> type, String value) {
        return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
    }

    /** Extra filters with their own input fields instead of a chip. */
    protected List<String> keysWithoutChip() {
        return List.of();
    }

    /** Adds components between the filter bar and the chips (search fields, buttons). */
    protected void addToolbar(com.vaadin.flow.component.Component... components) {
        var toolbar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(components);
        toolbar.addClassName("list-toolbar");
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        addComponentAtIndex(1, toolbar);
    }
}
