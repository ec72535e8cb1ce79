package id.bpjs.jmo.survey;

/**
 * The scales answer words belong to: one per IKM element (U1..U9, scores 1..4, the regulation's answer words of that
 * element), {@link #IKM} for words any element may use (an element's own words win), and {@link #LIKERT5} for the
 * 1..5 items (Rogers items and overall satisfaction).
 */
public enum AnswerScale {
    U1, U2, U3, U4, U5, U6, U7, U8, U9, IKM, LIKERT5;

    /** The highest score of the scale: 4 for the IKM elements (Permen PANRB 14/2017), 5 for Likert items. */
    public int maxScore() {
        return this == LIKERT5 ? 5 : 4;
    }

    public boolean ikm() {
        return this != LIKERT5;
    }

    /** The scale of IKM element 1..9. */
    public static AnswerScale element(int number) {
        if (number < 1 || number > 9) {
            throw new IllegalArgumentException("IKM elements are U1..U9, got " + number);
        }
        return values()[number - 1];
    }
}
