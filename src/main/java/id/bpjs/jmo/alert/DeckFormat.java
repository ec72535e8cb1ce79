package id.bpjs.jmo.alert;

/** The file a subscribed findings deck comes as. */
public enum DeckFormat {
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    DeckFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
