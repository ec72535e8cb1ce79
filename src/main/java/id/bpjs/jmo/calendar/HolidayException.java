package id.bpjs.jmo.calendar;

/** A holiday change that cannot be made, with a translation key for the message. */
public class HolidayException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public HolidayException(String messageKey, Object... arguments) {
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
