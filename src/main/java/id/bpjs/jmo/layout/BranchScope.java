package id.bpjs.jmo.layout;

import id.bpjs.jmo.base.ui.FilterBar;
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
    }

    private final BranchService branches;
    private final CurrentUser currentUser;

    BranchScope(BranchService branches, CurrentUser currentUser) {
        this.branches = branches;
        this.currentUser = currentUser;
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
