package id.bpjs.jmo.rules;

/** Another rule already has this keyword: one keyword, one meaning. */
public class DuplicateKeywordException extends RuntimeException {

    private final String keyword;

    public DuplicateKeywordException(String keyword) {
        super("Duplicate keyword: " + keyword);
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}
