package id.bpjs.jmo.coding;

public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL, MIXED
}
