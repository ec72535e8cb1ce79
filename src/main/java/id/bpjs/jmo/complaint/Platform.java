package id.bpjs.jmo.complaint;

public enum Platform {
    ANDROID, IOS
}
