package id.bpjs.jmo.complaint;

import id.bpjs.jmo.base.domain.MessageKeyException;

/** A complaint change that cannot be made (a workflow rule, a conflict, a missing reason). */
public class ComplaintException extends MessageKeyException {

    public ComplaintException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
