package id.bpjs.jmo.branch;

import java.util.List;
import java.util.Optional;
import id.bpjs.jmo.audit.SettingsTrace;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BranchService {

    private final BranchRepository repository;
    private final SettingsTrace trace;
    private final Validator validator;

    BranchService(BranchRepository repository, SettingsTrace trace, Validator validator) {
        this.repository = repository;
        this.trace = trace;
        this.validator = validator;
    }

    /**
     * Adds or changes a branch (admins only), traced. A code that another branch has is refused; the served
     * population must be positive (it is the N of the IKM minimum sample).
     */
    @Transactional
    @RolesAllowed("ADMIN")
    public Branch saveAsAdmin(Branch branch) {
        branch.setCode(branch.getCode().trim().toUpperCase(java.util.Locale.ROOT));
        var violations = validator.validate(branch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var clash = repository.findByCode(branch.getCode());
        if (clash.isPresent() && !clash.get().getId().equals(branch.getId())) {
            throw new IllegalStateException("branch.duplicate");
        }
        var before = branch.getId() == null ? null : repository.findById(branch.getId()).map(Branch::describe)
                .orElse(null);
        var saved = repository.saveAndFlush(branch);
        var who = SecurityContextHolder.getContext().getAuthentication();
        trace.record(who == null ? "?" : who.getName(), "branch", saved.getCode(), before, saved.describe());
        return saved;
    }

    public List<Branch> all() {
        return repository.findAllByOrderByCode();
    }

    public Optional<Branch> byCode(String code) {
        return repository.findByCode(code);
    }

    public Optional<Branch> byId(long id) {
        return repository.findById(id);
    }

    public long count() {
        return repository.count();
    }

    @Transactional
    public Branch save(Branch branch) {
        return repository.save(branch);
    }
}
