package id.bpjs.jmo.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.bpjs.jmo.base.domain.DateRange;
import id.bpjs.jmo.base.domain.PeriodPreset;
import id.bpjs.jmo.base.domain.ServiceChannel;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Period (recent months, IKM semester, year, custom range), branch and channel. Reports a new {@link FilterParams}
 * when the user changes anything; the view puts it into the address bar.
 */
public class FilterBar extends HorizontalLayout {

    /** A branch as the filter shows it. */
    public record BranchOption(String code, String name) {
    }

    private final Select<PeriodPreset> preset = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final DatePicker from = DatePickers.date("");
    private final DatePicker to = DatePickers.date("");
    private final ComboBox<BranchOption> branch = new ComboBox<>();
    private final Select<String> channel = new Select<>();
    private final LocalDate today;
    private boolean updating;

    public FilterBar(List<BranchOption> branches, boolean branchLocked, LocalDate today, Consumer<FilterParams> onChange) {
        this.today = today;
        addClassName("filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);

        preset.setLabel(getTranslation("filter.period"));
        preset.setItems(PeriodPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation("period." + p.name()));
        preset.setId("filter-period");
        year.setLabel(getTranslation("filter.year"));
        year.setItems(IntStream.rangeClosed(today.getYear() - 4, today.getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setWidth("7em");
        from.setLabel(getTranslation("filter.from"));
        to.setLabel(getTranslation("filter.to"));
        from.setMax(today);
        to.setMax(today);

        branch.setLabel(getTranslation("filter.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(b -> b.code() + " – " + b.name());
        branch.setPlaceholder(getTranslation("filter.allBranches"));
        branch.setClearButtonVisible(!branchLocked);
        branch.setReadOnly(branchLocked);
        branch.setId("filter-branch");

        channel.setLabel(getTranslation("filter.channel"));
        channel.setItems("", "jmo", "loket");
        channel.setItemLabelGenerator(c -> getTranslation(c.isEmpty() ? "filter.allChannels" : "channel." + c));
        channel.setId("filter-channel");

        preset.addValueChangeListener(e -> changed(onChange));
        year.addValueChangeListener(e -> changed(onChange));
        from.addValueChangeListener(e -> changed(onChange));
        to.addValueChangeListener(e -> changed(onChange));
        branch.addValueChangeListener(e -> changed(onChange));
        channel.addValueChangeListener(e -> changed(onChange));
        add(preset, year, from, to, branch, channel);
    }

    /** Shows the given filter without reporting a change. */
    /** For pages whose records have no channel (coded excerpts): the channel choice would change nothing. */
    public void hideChannel() {
        channel.setVisible(false);
    }

    public void show(FilterParams params, List<BranchOption> branches) {
        updating = true;
        try {
            preset.setValue(params.preset());
            year.setValue(params.year());
            from.setValue(params.custom().from());
            to.setValue(params.custom().to());
            branch.setValue(branches.stream().filter(b -> b.code().equals(params.branchCode())).findFirst()
                    .orElse(null));
            channel.setValue(params.channel() == null ? "" : params.channel() == ServiceChannel.JMO ? "jmo" : "loket");
            updateVisibility();
        } finally {
            updating = false;
        }
    }

    private void changed(Consumer<FilterParams> onChange) {
        updateVisibility();
        if (updating || preset.getValue() == null) {
            return;
        }
        var start = from.getValue();
        var end = to.getValue();
        if (preset.getValue() == PeriodPreset.CUSTOM && (start == null || end == null || end.isBefore(start))) {
            to.setInvalid(start != null && end != null);
            to.setErrorMessage(getTranslation("filter.rangeInvalid"));
            return;
        }
        to.setInvalid(false);
        var custom = start != null && end != null && !end.isBefore(start) ? new DateRange(start, end)
                : DateRange.lastMonths(1, today);
        var selected = branch.getValue();
        var selectedChannel = channel.getValue();
        @Nullable ServiceChannel serviceChannel = selectedChannel == null || selectedChannel.isEmpty() ? null
                : selectedChannel.equals("jmo") ? ServiceChannel.JMO : ServiceChannel.COUNTER;
        onChange.accept(new FilterParams(preset.getValue(), year.getValue() == null ? today.getYear() : year.getValue(),
                custom, selected == null ? null : selected.code(), serviceChannel));
    }

    private void updateVisibility() {
        var value = preset.getValue();
        year.setVisible(value != null && value.needsYear());
        from.setVisible(value == PeriodPreset.CUSTOM);
        to.setVisible(value == PeriodPreset.CUSTOM);
    }
}
