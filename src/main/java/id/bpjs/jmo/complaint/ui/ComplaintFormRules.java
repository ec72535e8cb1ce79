package id.bpjs.jmo.complaint.ui;

import id.bpjs.jmo.security.Role;

/**
 * Who may do what on the complaint form: the UI hides what the service already refuses (ComplaintService checks every
 * write again). A branch manager reads and assigns; staff and admins record and edit; only an admin picks the branch
 * of a new complaint (staff record for their own).
 *
 * @param editable the fields may be changed and saved
 * @param chooseBranch the branch field is shown (new complaints, admins only)
 * @param assign the assignee may be changed
 * @param reveal the full KPJ number may be revealed (recorded in the history)
 */
record ComplaintFormRules(boolean editable, boolean chooseBranch, boolean assign, boolean reveal) {

    static ComplaintFormRules forNew(Role role) {
        return new ComplaintFormRules(role != Role.MANAGER, role == Role.ADMIN, false, false);
    }

    /** A recorded complaint; {@code writable} is the service's answer for this user and this complaint. */
    static ComplaintFormRules forRecorded(boolean writable, Role role) {
        return new ComplaintFormRules(writable, false, writable || role == Role.MANAGER, writable);
    }
}
