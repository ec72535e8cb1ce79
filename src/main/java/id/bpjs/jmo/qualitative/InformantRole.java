package id.bpjs.jmo.qualitative;

public enum InformantRole {
    PARTICIPANT, STAFF, MANAGER
}
