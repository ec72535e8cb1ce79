package id.bpjs.jmo.branch;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BranchService {

    private final BranchRepository repository;

    BranchService(BranchRepository repository) {
        this.repository = repository;
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
