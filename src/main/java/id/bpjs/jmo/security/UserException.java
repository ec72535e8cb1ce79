package id.bpjs.jmo.security;

/** An account change that cannot be made, with a translation key for the message. */
public class UserException extends RuntimeException {

    private final String messageKey;

    public UserException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
