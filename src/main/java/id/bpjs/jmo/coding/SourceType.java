package id.bpjs.jmo.coding;

/**
 * Where an excerpt comes from: the study's three data-collection techniques, plus the texts people already leave in
 * the product (survey comments, complaint descriptions) pulled into the coding queue.
 */
public enum SourceType {
    INTERVIEW, OBSERVATION, DOCUMENT, SURVEY, COMPLAINT;

    /**
     * Survey comments and complaint descriptions are taken from the coding queue only (the text, branch, date and
     * pseudonym come from their source row); interviews, observations and documents are written down by the coder.
     */
    public boolean fromQueueOnly() {
        return this == SURVEY || this == COMPLAINT;
    }
}
