package id.bpjs.jmo.security.ui;

import com.vaadin.flow.router.QueryParameters;
import id.bpjs.jmo.base.domain.RecordFilter;
import id.bpjs.jmo.base.ui.FilterBar;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.base.ui.FilterMemory;
import id.bpjs.jmo.base.ui.FilterParams;
import java.time.LocalDate;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The branches the current user may filter by: all for managers and admins, their own for staff. */
@Component
public class BranchScope {

    /** Filter options, code → id for the services, and whether the choice is locked (staff). */
    public record Options(List<FilterBar.BranchOption> options, Map<String, Long> ids, boolean locked) {

        /**
         * The filter of the address bar, held to the branches this user may see; an address without any filter
         * parameter gets the filter the person last chose in this session. Either way the result is remembered, so
         * the next page opened from the menu shows the same period, branch and channel.
         */
        public FilterParams parse(QueryParameters query, LocalDate today) {
            var params = (FilterParams.mentioned(query) ? FilterParams.parse(query, today)
                    : FilterMemory.recall().orElseGet(() -> FilterParams.defaults(today)))
                    .withinScope(ids.keySet(), locked);
            FilterMemory.remember(params);
            return params;
        }

        /** What the services are asked for: the period, the branch's id (or all), the channel. */
        public RecordFilter filter(FilterParams params, LocalDate today) {
            var code = params.branchCode();
            return new RecordFilter(params.range(today), code == null ? null : ids.get(code), params.channel());
        }

        public String name(String code) {
            return options.stream().filter(o -> o.code().equals(code)).map(FilterBar.BranchOption::name).findFirst()
                    .orElse(code);
        }
    }

    private final BranchService branches;
    private final CurrentUser currentUser;

    private final ServiceTime time;

    BranchScope(BranchService branches, CurrentUser currentUser, ServiceTime time) {
        this.branches = branches;
        this.currentUser = currentUser;
        this.time = time;
    }

    /**
     * The current user's "today": the date in their home branch's zone, or in the default zone for people without one
     * (managers and admins looking across branches). Periods, ages and date limits of the views start from it.
     */
    public LocalDate today() {
        var branchId = currentUser.get().map(u -> u.branchId()).orElse(null);
        var zone = branchId == null ? null : branches.byId(branchId).map(b -> b.zone()).orElse(null);
        return time.today(zone);
    }

    public Options forCurrentUser() {
        var user = currentUser.require();
        var ids = new LinkedHashMap<String, Long>();
        var options = branches.all().stream()
                .filter(b -> user.seesAllBranches() || b.getId() != null && b.getId().equals(user.branchId()))
                .peek(b -> ids.put(b.getCode(), b.getId()))
                .map(b -> new FilterBar.BranchOption(b.getCode(), b.getName())).toList();
        return new Options(options, ids, !user.seesAllBranches());
    }
}
