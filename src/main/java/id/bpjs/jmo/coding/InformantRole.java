package id.bpjs.jmo.coding;

public enum InformantRole {
    PARTICIPANT, STAFF, MANAGER
}
