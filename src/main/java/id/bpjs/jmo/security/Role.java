package id.bpjs.jmo.security;

/** The three kinds of people who log in. Participants fill the public survey without an account. */
public enum Role {
    /** Runs the product: users, branches, holidays, time limits, rules. */
    ADMIN,
    /** Kepala Kantor Cabang: reads every branch's dashboard and reports, reassigns complaints. */
    MANAGER,
    /** Petugas pelayanan: records complaints of their own branch and follows them to resolution. */
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String STAFF_NAME = "STAFF";

    public String authority() {
        return "ROLE_" + name();
    }
}
