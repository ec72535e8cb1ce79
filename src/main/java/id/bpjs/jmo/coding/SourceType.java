package id.bpjs.jmo.coding;

/**
 * Where an excerpt comes from: the study's three data-collection techniques, plus the texts people already leave in
 * the product (survey comments, complaint descriptions) pulled into the coding queue.
 */
public enum SourceType {
    INTERVIEW, OBSERVATION, DOCUMENT, SURVEY, COMPLAINT
}
