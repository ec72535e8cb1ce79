package id.bpjs.jmo.qualitative;

public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL, MIXED
}
