package id.bpjs.jmo.coding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.ui.FilterParams;
import id.bpjs.jmo.base.ui.FollowsFilter;
import id.bpjs.jmo.base.ui.Links;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.coding.CodedExcerpts;
import id.bpjs.jmo.coding.SourceType;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.ui.BranchScope;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The coding workspace: pick a text from the queue (survey comments, complaint descriptions) or write down an
 * excerpt from an interview, observation or document; the keyword rules suggest an attribute and a sentiment, the
 * coder accepts or changes them. The coded excerpts of the period are listed below, with the share of accepted
 * suggestions. The page lays out and wires its parts: the queue ({@link CodingQueue}), the form ({@link CodingForm})
 * and the list ({@link CodedExcerptList}).
 */
@Route(Links.CODING)
@Menu(order = 35, icon = "vaadin:quote-left", title = "menu.coding")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
public class CodingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        FollowsFilter {

    private final CodedExcerpts excerpts;
    private final BranchScope.Options branchScope;
    private final Map<Long, Branch> branchesById = new LinkedHashMap<>();
    private final FilterBar filterBar;
    private final LocalDate today;
    private FilterParams params;

    private final Span acceptance = new Span();
    private final CodingQueue queue;
    private final CodingForm form;
    private final CodedExcerptList list;

    CodingView(CodedExcerpts excerpts, BranchScope scope, BranchService branches) {
        this.excerpts = excerpts;
        today = scope.today();
        addClassName("coding-view");
        branchScope = scope.forCurrentUser();
        branches.all().stream().filter(b -> b.getId() != null && branchScope.ids().containsValue(b.getId()))
                .forEach(b -> branchesById.put(b.getId(), b));
        params = FilterParams.defaults(today);
        filterBar = new FilterBar(branchScope.options(), branchScope.locked(), today,
                changed -> UI.getCurrent().navigate(CodingView.class, changed.toQuery()));
        filterBar.hideChannel();

        form = new CodingForm(excerpts, today, branchesById, branchScope.locked(), this::defaultBranch,
                new CodingForm.Events() {
                    @Override
                    public void changed() {
                        refresh();
                    }

                    @Override
                    public void refused() {
                        list.show(excerpts.coded(filter()));
                    }
                });
        queue = new CodingQueue(form::take, () -> form.startNew(SourceType.INTERVIEW));
        list = new CodedExcerptList(excerpts, this::filter, form::edit);

        var intro = new Paragraph(getTranslation("coding.intro"));
        intro.addClassName("view-intro");
        acceptance.setId("coding-acceptance");
        acceptance.addClassName("coding-acceptance");
        var columns = new HorizontalLayout(queue, form);
        columns.setWidthFull();
        columns.addClassName("coding-columns");
        columns.setAlignItems(FlexComponent.Alignment.STRETCH);
        add(filterBar, new Div(new H2(getTranslation("coding.title")), intro), acceptance, columns, list);
        setSizeFull();
        form.startNew(SourceType.INTERVIEW);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        params = branchScope.parse(event.getLocation().getQueryParameters(), today);
        filterBar.show(params, branchScope.options());
        refresh();
        form.renewIfUntouched();
    }

    private RecordFilter filter() {
        // excerpts have no channel
        return branchScope.filter(params, today).withChannel(null);
    }

    private void refresh() {
        var filter = filter();
        queue.show(excerpts.queueHead(filter, CodingQueue.SIZE));
        var period = excerpts.period(filter);
        form.knowTags(period.tags());
        list.show(period.excerpts());
        var summary = period.summary();
        var coded = Formats.number(period.excerpts().size(), getLocale());
        var tone = summary.sentimentAcceptance();
        acceptance.setText(summary.suggested() == 0 ? getTranslation("coding.acceptance.none", coded)
                : getTranslation("coding.acceptance", Formats.percent(summary.attributeAcceptance(), getLocale()),
                        Double.isNaN(tone) ? "–" : Formats.percent(tone, getLocale()),
                        Formats.number(summary.suggested(), getLocale()), coded));
    }

    /** A new excerpt's branch: the filter's, or the user's only one. */
    private @Nullable Branch defaultBranch() {
        var code = params.branchCode();
        var id = code == null ? null : branchScope.ids().get(code);
        if (id != null) {
            return branchesById.get(id);
        }
        return branchesById.size() == 1 ? branchesById.values().iterator().next() : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coding.title");
    }
}
