package id.bpjs.jmo.base.domain;

/**
 * A refused change, carrying the translation key (and its arguments) of the message people see in their language.
 */
public class MessageKeyException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MessageKeyException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
