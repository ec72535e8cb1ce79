package id.bpjs.jmo.complaint;

/**
 * A complaint change that cannot be made, with a translation key for the message people see (in their language)
 * and its arguments.
 */
public class ComplaintException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ComplaintException(String messageKey, Object... arguments) {
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
