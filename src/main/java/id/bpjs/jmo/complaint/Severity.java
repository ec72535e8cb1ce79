package id.bpjs.jmo.complaint;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
