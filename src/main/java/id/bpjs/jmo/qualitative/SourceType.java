package id.bpjs.jmo.qualitative;

/** The study's three data-collection techniques. */
public enum SourceType {
    INTERVIEW, OBSERVATION, DOCUMENT
}
