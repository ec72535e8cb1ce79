package id.bpjs.jmo.calendar;

import id.bpjs.jmo.base.domain.MessageKeyException;

/** A holiday change that cannot be made (e.g. a second holiday on one date). */
public class HolidayException extends MessageKeyException {

    public HolidayException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
