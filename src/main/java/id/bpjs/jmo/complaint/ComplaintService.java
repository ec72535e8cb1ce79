package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.i18n.Formats;
import id.bpjs.jmo.base.time.IndonesianZone;
import id.bpjs.jmo.base.time.ServiceTime;
import id.bpjs.jmo.branch.Branch;
import id.bpjs.jmo.branch.BranchService;
import id.bpjs.jmo.security.AppUser;
import id.bpjs.jmo.security.AppUserPrincipal;
import id.bpjs.jmo.security.CurrentUser;
import id.bpjs.jmo.security.Role;
import id.bpjs.jmo.security.UserService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording complaints and following them to resolution. Rights are checked here, not only in the UI: staff work
 * on their own branch's complaints, managers read everything and reassign, admins do everything. Every change is
 * written to the history, and a save based on an outdated version is refused instead of overwriting.
 */
@Service
@Transactional
public class ComplaintService {

    /** The fields whose changes go into the history, with how their values are written there. */
    private static final Map<String, Function<Complaint, @Nullable Object>> TRACKED = Map.ofEntries(
            Map.entry("channel", Complaint::getChannel), Map.entry("receivedAt", Complaint::getReceivedAt),
            Map.entry("kpjNumber", Complaint::getMaskedKpjNumber), Map.entry("category", Complaint::getCategory),
            Map.entry("attribute", Complaint::getAttribute), Map.entry("severity", Complaint::getSeverity),
            Map.entry("description", Complaint::getDescription), Map.entry("appVersion", Complaint::getAppVersion),
            Map.entry("platform", Complaint::getPlatform), Map.entry("errorMessage", Complaint::getErrorMessage),
            Map.entry("resolutionNote", Complaint::getResolutionNote));

    private final ComplaintRepository complaints;
    private final ComplaintHistoryRepository history;
    private final BranchService branches;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final ServiceTime time;
    private final ComplaintAggregates aggregates;

    ComplaintService(ComplaintRepository complaints, ComplaintHistoryRepository history, BranchService branches,
            UserService users, CurrentUser currentUser, Validator validator, JdbcTemplate jdbc,
            ServiceTime time, ComplaintAggregates aggregates) {
        this.aggregates = aggregates;
        this.complaints = complaints;
        this.history = history;
        this.branches = branches;
        this.users = users;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A complaint with its branch and assignee, if the current user may see it. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public Optional<Complaint> find(long id) {
        return complaints.findWithDetails(id).filter(this::mayRead);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public Optional<Complaint> findByTicket(String ticket) {
        return complaints.findByTicket(ticket).filter(this::mayRead);
    }

    /** Records a new complaint; the ticket number is given here (per branch and year). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Complaint create(Complaint draft) {
        var saved = createWithoutAggregates(draft);
        aggregates.refresh(List.of(aggregateKey(saved)));
        return saved;
    }

    /**
     * {@link #create} without refreshing the daily aggregates: for imports, which refresh the days of all their rows
     * once at the end ({@link ComplaintAggregates#refresh}) in the same transaction.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Complaint createWithoutAggregates(Complaint draft) {
        var user = currentUser.require();
        var branch = draft.getBranch() != null ? draft.getBranch()
                : branches.byId(Objects.requireNonNull(user.branchId(), "Staff need a home branch")).orElseThrow();
        if (user.role() != Role.ADMIN && !Objects.equals(branch.getId(), user.branchId())) {
            throw new AccessDeniedException("Staff record complaints of their own branch only");
        }
        draft.setBranch(branch);
        draft.setStatus(ComplaintStatus.NEW);
        draft.setTicketNumber("PENDING");
        if (draft.getReceivedAt() == null) {
            draft.setReceivedAt(time.now(branch.zone()).withSecond(0).withNano(0));
        }
        validate(draft);
        draft.setTicketNumber(nextTicket(branch, draft.getReceivedAt().getYear()));
        var saved = complaints.save(draft);
        record(saved, "created", null, saved.getTicketNumber(), null);
        return saved;
    }

    /**
     * Opens a survey follow-up case with no logged-in user (the public survey): ticket, NEW, history written as
     * {@code recordedBy}, aggregates refreshed, all in the caller's transaction. Only {@link SurveyFollowUps} calls it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    Complaint createFollowUp(Complaint draft, String recordedBy) {
        var branch = Objects.requireNonNull(draft.getBranch());
        draft.setStatus(ComplaintStatus.NEW);
        draft.setTicketNumber("PENDING");
        validate(draft);
        draft.setTicketNumber(nextTicket(branch, draft.getReceivedAt().getYear()));
        var saved = complaints.save(draft);
        history.save(new ComplaintHistory(Objects.requireNonNull(saved.getId()), draft.getReceivedAt(), recordedBy,
                "created", null, saved.getTicketNumber(), null));
        aggregates.refresh(List.of(aggregateKey(saved)));
        return saved;
    }

    /**
     * Saves the edited fields of a complaint that was opened at {@code edited.getVersion()}. If someone saved it in
     * between, nothing is written and {@link ConcurrentEditException} lists what they changed.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Complaint update(Complaint edited, LocalDateTime openedAt) {
        var current = load(Objects.requireNonNull(edited.getId()));
        requireWrite(current);
        var keyBefore = aggregateKey(current);
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException(history.findByComplaintIdAndChangedAtAfterOrderByChangedAtAsc(
                    current.getId(), openedAt));
        }
        validate(edited);
        var changes = new ArrayList<String[]>();
        TRACKED.forEach((field, getter) -> {
            var before = text(getter.apply(current));
            var after = text(getter.apply(edited));
            if (!Objects.equals(before, after)) {
                changes.add(new String[] {field, before, after});
            }
        });
        current.setChannel(edited.getChannel());
        current.setReceivedAt(edited.getReceivedAt());
        current.setKpjNumber(edited.getKpjNumber());
        current.setCategory(edited.getCategory());
        current.setAttribute(edited.getAttribute());
        current.setSeverity(edited.getSeverity());
        current.setDescription(edited.getDescription());
        current.setAppVersion(edited.getAppVersion());
        current.setPlatform(edited.getPlatform());
        current.setErrorMessage(edited.getErrorMessage());
        current.setResolutionNote(edited.getResolutionNote());
        for (var change : changes) {
            record(current, change[0], change[1], change[2], null);
        }
        var saved = complaints.saveAndFlush(current);
        aggregates.refresh(new java.util.HashSet<>(List.of(keyBefore, aggregateKey(saved))));
        return saved;
    }

    static ComplaintAggregates.Key aggregateKey(Complaint complaint) {
        return new ComplaintAggregates.Key(complaint.getReceivedAt().toLocalDate(),
                Objects.requireNonNull(Objects.requireNonNull(complaint.getBranch()).getId()));
    }

    /** The statuses a complaint may move to next. */
    public static List<ComplaintStatus> nextStatuses(ComplaintStatus status) {
        return switch (status) {
            case NEW -> List.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_FOR_PARTICIPANT,
                    ComplaintStatus.RESOLVED);
            case IN_PROGRESS -> List.of(ComplaintStatus.WAITING_FOR_PARTICIPANT, ComplaintStatus.RESOLVED);
            case WAITING_FOR_PARTICIPANT -> List.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED);
            case RESOLVED -> List.of(ComplaintStatus.CLOSED, ComplaintStatus.IN_PROGRESS);
            case CLOSED -> List.of(ComplaintStatus.IN_PROGRESS);
        };
    }

    /**
     * Moves a complaint along new → in progress → waiting for participant → resolved → closed. The first move off
     * "new" is the first response; resolving needs a resolution note; reopening a resolved or closed complaint needs
     * a reason; staff who take an unassigned complaint into process become its assignee.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Complaint transition(long id, long version, ComplaintStatus target, @Nullable String note) {
        var complaint = load(id);
        requireWrite(complaint);
        if (complaint.getVersion() != version) {
            throw new ComplaintException("complaint.conflict.status");
        }
        var from = complaint.getStatus();
        if (!nextStatuses(from).contains(target)) {
            throw new ComplaintException("complaint.transition.notAllowed", from.name(), target.name());
        }
        var now = now(complaint);
        boolean reopening = !from.isOpen() && target.isOpen();
        if (reopening && (note == null || note.isBlank())) {
            throw new ComplaintException("complaint.reopen.reasonRequired");
        }
        if (target == ComplaintStatus.RESOLVED) {
            var resolution = note != null && !note.isBlank() ? note.trim() : complaint.getResolutionNote();
            if (resolution == null || resolution.isBlank()) {
                throw new ComplaintException("complaint.resolve.noteRequired");
            }
            record(complaint, "resolutionNote", complaint.getResolutionNote(), resolution, null);
            complaint.setResolutionNote(resolution);
            complaint.setResolvedAt(now);
        }
        if (complaint.getFirstResponseAt() == null && from == ComplaintStatus.NEW) {
            complaint.setFirstResponseAt(now);
            record(complaint, "firstResponseAt", null, text(now), null);
        }
        if (reopening) {
            complaint.setResolvedAt(null);
        }
        complaint.setStatus(target);
        record(complaint, "status", from.name(), target.name(), reopening ? note : null);
        takeOnIfUnassigned(complaint, target);
        var saved = complaints.saveAndFlush(complaint);
        aggregates.refresh(List.of(aggregateKey(saved)));
        return saved;
    }

    /**
     * Whoever takes a complaint into process at the counter is the one handling it: staff become its assignee
     * unless someone already is (then the assignment is left alone; managers reassign explicitly).
     */
    private void takeOnIfUnassigned(Complaint complaint, ComplaintStatus target) {
        var user = currentUser.require();
        if (target != ComplaintStatus.IN_PROGRESS || complaint.getAssignee() != null || user.role() != Role.STAFF) {
            return;
        }
        var self = users.byId(user.userId()).orElseThrow();
        complaint.setAssignee(self);
        record(complaint, "assignee", null, self.getUsername(), null);
    }

    /** Assigns to a staff member of the complaint's branch (or clears the assignee). Managers may reassign. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public Complaint assign(long id, long version, @Nullable Long assigneeId) {
        var complaint = load(id);
        var user = currentUser.require();
        if (user.role() == Role.STAFF) {
            requireWrite(complaint);
        }
        if (complaint.getVersion() != version) {
            throw new ComplaintException("complaint.conflict.status");
        }
        AppUser assignee = null;
        if (assigneeId != null) {
            assignee = users.byId(assigneeId).orElseThrow();
            var branch = Objects.requireNonNull(complaint.getBranch());
            if (assignee.getRole() != Role.STAFF || assignee.getBranch() == null
                    || !Objects.equals(assignee.getBranch().getId(), branch.getId()) || !assignee.isEnabled()) {
                throw new ComplaintException("complaint.assign.notBranchStaff", assignee.getFullName(), branch.getCode());
            }
        }
        var before = complaint.getAssignee();
        record(complaint, "assignee", before == null ? null : before.getUsername(),
                assignee == null ? null : assignee.getUsername(), null);
        complaint.setAssignee(assignee);
        return complaints.saveAndFlush(complaint);
    }

    /** Staff of a branch, to whom its complaints can be assigned. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public List<AppUser> assignableStaff(Branch branch) {
        return users.all().stream().filter(u -> u.getRole() == Role.STAFF && u.isEnabled() && u.getBranch() != null
                && Objects.equals(u.getBranch().getId(), branch.getId())).toList();
    }

    /**
     * The full KPJ number, for the roles that need it to contact the participant (staff of the branch, admins).
     * Every reveal is recorded.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public String revealKpj(long id) {
        var complaint = load(id);
        requireWrite(complaint);
        jdbc.update("insert into kpj_reveal (complaint_id, revealed_at, revealed_by) values (?, ?, ?)", id,
                Timestamp.valueOf(now(complaint)), currentUser.require().username());
        return complaint.getKpjNumber();
    }

    /**
     * The full phone number or e-mail address of a survey follow-up case, for the roles that contact the participant
     * (staff of the branch, admins). Every reveal is recorded ({@code contact_reveal}); after the retention period
     * the contact is erased and nothing can be revealed.
     *
     * @throws ComplaintException "complaint.contact.none" when the case has no contact (not a follow-up, or erased)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public String revealContact(long id) {
        var complaint = load(id);
        requireWrite(complaint);
        var contact = complaint.getParticipantContact();
        if (contact == null) {
            throw new ComplaintException("complaint.contact.none", complaint.getTicketNumber());
        }
        jdbc.update("insert into contact_reveal (complaint_id, revealed_at, revealed_by) values (?, ?, ?)", id,
                Timestamp.valueOf(now(complaint)), currentUser.require().username());
        return contact;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.STAFF_NAME})
    public List<ComplaintHistory> history(long id) {
        var complaint = load(id);
        var rows = new java.util.ArrayList<>(history.findByComplaintIdOrderByChangedAtDescIdDesc(id));
        // complaints that arrived by import or as start-up data carry their milestones (received, first response,
        // resolved) on the record but have no history rows: show those milestones, marked as taken from the record,
        // instead of an empty history next to a filled-in "first response"
        derived(rows, complaint, "created", complaint.getReceivedAt(), complaint.getTicketNumber());
        derived(rows, complaint, "firstResponseAt", complaint.getFirstResponseAt(),
                text(complaint.getFirstResponseAt()));
        derived(rows, complaint, "resolvedAt", complaint.getResolvedAt(), text(complaint.getResolvedAt()));
        rows.sort(java.util.Comparator.comparing(ComplaintHistory::getChangedAt).reversed());
        return rows;
    }

    private static void derived(List<ComplaintHistory> rows, Complaint complaint, String field,
            @Nullable LocalDateTime at, @Nullable String value) {
        boolean recorded = rows.stream().anyMatch(h -> h.getField().equals(field)
                || "resolvedAt".equals(field) && "status".equals(h.getField())
                        && ComplaintStatus.RESOLVED.name().equals(h.getNewValue()));
        if (at != null && !recorded) {
            rows.add(new ComplaintHistory(Objects.requireNonNull(complaint.getId()), at, "", field, null, value,
                    ComplaintHistory.FROM_RECORD));
        }
    }

    /** Whether the current user may change this complaint (the UI hides buttons with it; the service enforces). */
    @Transactional(readOnly = true)
    public boolean mayWrite(Complaint complaint) {
        var user = currentUser.get().orElse(null);
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.STAFF && sameBranch(user, complaint));
    }

    private boolean mayRead(Complaint complaint) {
        var user = currentUser.require();
        return user.seesAllBranches() || sameBranch(user, complaint);
    }

    private void requireWrite(Complaint complaint) {
        if (!mayWrite(complaint)) {
            throw new AccessDeniedException("Only staff of branch " + Objects.requireNonNull(complaint.getBranch())
                    .getCode() + " or an admin may change " + complaint.getTicketNumber());
        }
    }

    private static boolean sameBranch(AppUserPrincipal user, Complaint complaint) {
        return complaint.getBranch() != null && Objects.equals(user.branchId(), complaint.getBranch().getId());
    }

    private Complaint load(long id) {
        var complaint = complaints.findWithDetails(id)
                .orElseThrow(() -> new ComplaintException("complaint.notFound", id));
        if (!mayRead(complaint)) {
            throw new AccessDeniedException("Not your branch's complaint");
        }
        return complaint;
    }

    private void validate(Complaint complaint) {
        var violations = validator.validate(complaint);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        // @PastOrPresent only knows the easternmost zone; a WIB branch's received time is checked against WIB
        var branch = complaint.getBranch();
        var now = now(complaint);
        if (branch != null && complaint.getReceivedAt().isAfter(now.plusMinutes(1))) {
            // the message is shown at once, in the language of the request
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            throw new ComplaintException("timezone.receivedInFuture", Formats.dateTime(complaint.getReceivedAt(),
                    locale), branch.getCode(), Formats.dateTime(now, locale));
        }
    }

    /** The wall time now in the complaint's branch's zone: the time its stored times are written in. */
    public LocalDateTime now(Complaint complaint) {
        var branch = complaint.getBranch();
        return time.now(branch == null ? null : branch.zone());
    }

    /** The wall time now at a branch (by id), or in the default zone without one: a new complaint's received time. */
    @Transactional(readOnly = true)
    public LocalDateTime nowAt(@Nullable Long branchId) {
        return time.now(branchId == null ? null : branches.byId(branchId).map(Branch::zone).orElse(null));
    }

    /**
     * The latest received time any branch can have now (a minute into the future in WIT, the easternmost zone): the
     * form's limit before the branch is known; {@link #create} then checks against the branch's own zone.
     */
    public LocalDateTime latestPossibleReceivedAt() {
        return time.now(IndonesianZone.WIT.zone()).plusMinutes(1);
    }

    private void record(Complaint complaint, String field, @Nullable String before, @Nullable String after,
            @Nullable String note) {
        history.save(new ComplaintHistory(Objects.requireNonNull(complaint.getId()), now(complaint),
                currentUser.require().username(), field, before, after, note));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** Next number for a branch and year, e.g. PWT-2026-000124; the row lock keeps numbers unique under load. */
    private String nextTicket(Branch branch, int year) {
        int updated = jdbc.update("update ticket_sequence set last_value = last_value + 1 where branch_id = ?"
                + " and ticket_year = ?", branch.getId(), year);
        // the year's first ticket; when another transaction inserted it at the same moment, count on its row. Not a
        // caught duplicate-key error: on PostgreSQL that aborts the whole transaction, and the complaint was lost.
        if (updated == 0 && jdbc.update("insert into ticket_sequence (branch_id, ticket_year, last_value)"
                + " values (?, ?, 1) on conflict do nothing", branch.getId(), year) == 0) {
            jdbc.update("update ticket_sequence set last_value = last_value + 1 where branch_id = ?"
                    + " and ticket_year = ?", branch.getId(), year);
        }
        int number = Objects.requireNonNull(jdbc.queryForObject("select last_value from ticket_sequence where"
                + " branch_id = ? and ticket_year = ?", Integer.class, branch.getId(), year));
        return "%s-%d-%06d".formatted(branch.getCode(), year, number);
    }
}
