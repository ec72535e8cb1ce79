package id.bpjs.jmo.base.domain;

/**
 * A file refused as a whole before any row is checked (too large, too many columns, not a table, unknown encoding,
 * no data rows...), with the translation key ({@code import.file.*}) of the one sentence people see.
 */
public class TableReadException extends MessageKeyException {

    public TableReadException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
