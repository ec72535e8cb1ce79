package id.bpjs.jmo.base.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads the files Excel and Google Forms write into a {@link TableFile}, within {@link TableLimits}, refusing a file
 * as a whole with a {@link TableReadException} whose key ({@code import.file.*}) names the limit or the fault.
 *
 * <p>What is a file is decided from its bytes, not its name: a ZIP is read as XLSX ({@link XlsxTableReader}, first
 * sheet, streamed), an old binary .xls or anything holding control bytes is refused, the rest is CSV. CSV: byte-order
 * marks (UTF-8, UTF-16LE/BE); without one, strict UTF-8, UTF-16 by its zero bytes, or what juniversalchardet detects
 * if that is Windows-1252/ISO-8859-1 ("ANSI" CSV from Excel); anything else is refused rather than read with
 * replacement characters. The delimiter ({@code ,} {@code ;} or tab) is the one that splits the first records into
 * the same number of fields, counted outside quotes. A first pass counts fields and cell lengths outside commons-csv so
 * a row of 10,000 columns is refused before any row is built.
 */
public final class TableReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_RECORDS = 50;
    /** Short repeated values (codes, scores, answer words) share one String per column. */
    private static final int SHARED_VALUE_MAX_CHARS = 40;
    private static final int SHARED_VALUES_PER_COLUMN = 2_000;

    /** Charsets a person may choose when the detection cannot decide (the page offers these). */
    public static final List<Charset> CHOOSABLE = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private TableReader() {
    }

    /**
     * Reads an upload at most {@code limits.maxBytes()} long from a stream (the rest is never read).
     *
     * @throws TableReadException {@code import.file.tooLarge} when the stream is longer
     */
    public static byte[] readBounded(InputStream in, TableLimits limits) throws IOException {
        var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        return bytes;
    }

    public static TableReadException tooLarge(TableLimits limits) {
        return new TableReadException("import.file.tooLarge", limits.maxMegabytes());
    }

    /**
     * Reads a CSV or XLSX file.
     *
     * @param fileName used only to tell an XLSX that is not a ZIP from a CSV
     * @throws TableReadException a refused file, with the key and arguments of its message
     */
    public static TableFile read(String fileName, byte[] content, TableLimits limits) {
        return read(fileName, content, limits, null);
    }

    /**
     * Reads a CSV or XLSX file; a CSV in {@code charset} when the person chose one (after the detection refused the
     * file), still decoded strictly (a byte the charset does not define is refused, never replaced).
     *
     * @throws TableReadException a refused file, with the key and arguments of its message
     */
    public static TableFile read(String fileName, byte[] content, TableLimits limits, @Nullable Charset charset) {
        if (content.length == 0) {
            throw new TableReadException("import.file.empty");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return XlsxTableReader.read(content, limits);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            // the binary Excel 97 format, or an XLSX with a password (also an OLE2 container)
            throw new TableReadException("import.file.oldExcel");
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new TableReadException("import.file.notXlsx");
        }
        return csv(content, limits, charset);
    }

    // ---------------------------------------------------------------- CSV

    private record Encoding(Charset charset, int bomLength) {
    }

    private static TableFile csv(byte[] content, TableLimits limits, @Nullable Charset charset) {
        var encoding = charset == null ? encoding(content) : chosen(content, charset);
        char delimiter;
        try (var sample = reader(content, encoding)) {
            var chars = new char[SAMPLE_CHARS];
            int length = sample.read(chars, 0, chars.length);
            delimiter = delimiter(CharBuffer.wrap(chars, 0, Math.max(length, 0)), length == SAMPLE_CHARS);
        } catch (IOException e) {
            throw new TableReadException("import.file.encoding", encoding.charset().name());
        }
        try (var in = reader(content, encoding)) {
            guard(in, delimiter, limits);
        } catch (IOException e) {
            throw new TableReadException("import.file.encoding", encoding.charset().name());
        }
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        var rows = new ArrayList<String[]>();
        var numbers = new IntList();
        var shared = new ArrayList<Map<String, String>>();
        int blank = 0;
        long lastRecord = 0;
        List<String> titles = null;
        try (var parser = format.parse(reader(content, encoding))) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                var cells = new String[record.size()];
                boolean anyValue = false;
                for (int c = 0; c < cells.length; c++) {
                    var value = record.get(c).strip();
                    if (titles != null) {
                        value = share(shared, c, value);
                    }
                    cells[c] = value;
                    anyValue |= !value.isEmpty();
                }
                if (titles == null) {
                    if (!anyValue) {
                        // blank lines above the header
                        continue;
                    }
                    if (cells[0].startsWith("\uFEFF")) {
                        cells[0] = cells[0].substring(1).strip();
                    }
                    titles = Arrays.asList(cells);
                    continue;
                }
                if (!anyValue) {
                    blank++;
                    continue;
                }
                if (rows.size() == limits.maxRows()) {
                    throw new TableReadException("import.file.tooManyRows", limits.maxRows());
                }
                rows.add(trimTrailingBlanks(cells));
                numbers.add((int) record.getRecordNumber());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a quote left open or text after a closing quote this way
            throw new TableReadException("import.file.malformed", lastRecord + 1);
        } catch (IOException e) {
            throw new TableReadException("import.file.encoding", encoding.charset().name());
        }
        return table(titles, rows, numbers, blank, "CSV " + encoding.charset().name() + ", "
                + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)));
    }

    static TableFile table(@Nullable List<String> titles, List<String[]> rows, IntList numbers, int blank,
            String source) {
        if (titles == null) {
            throw new TableReadException("import.file.empty");
        }
        if (rows.isEmpty()) {
            throw new TableReadException("import.file.noRows");
        }
        int width = titles.size();
        for (var row : rows) {
            width = Math.max(width, row.length);
        }
        var all = new ArrayList<>(titles);
        while (all.size() < width) {
            all.add("");
        }
        return new TableFile(all, rows, numbers.toArray(), blank, source);
    }

    /** Short values repeat (branch codes, scores, answer words): one String per distinct value per column. */
    static String share(List<Map<String, String>> shared, int column, String value) {
        if (value.length() > SHARED_VALUE_MAX_CHARS) {
            return value;
        }
        while (shared.size() <= column) {
            shared.add(new HashMap<>());
        }
        var values = shared.get(column);
        var known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < SHARED_VALUES_PER_COLUMN) {
            values.put(value, value);
        }
        return value;
    }

    static String[] trimTrailingBlanks(String[] cells) {
        int end = cells.length;
        while (end > 0 && cells[end - 1].isEmpty()) {
            end--;
        }
        return end == cells.length ? cells : Arrays.copyOf(cells, end);
    }

    private static Reader reader(byte[] content, Encoding encoding) {
        var decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(content, encoding.bomLength(),
                content.length - encoding.bomLength()), decoder);
    }

    /** The person's charset; a byte-order mark of that charset is still skipped. */
    private static Encoding chosen(byte[] content, Charset charset) {
        var detected = startsWith(content, 0xEF, 0xBB, 0xBF) || startsWith(content, 0xFF, 0xFE)
                || startsWith(content, 0xFE, 0xFF) ? encoding(content) : null;
        return detected != null && detected.charset().equals(charset) ? detected : new Encoding(charset, 0);
    }

    private static Encoding encoding(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        // UTF-16 without a byte-order mark: text in Latin letters has a zero in every other byte
        int sample = Math.min(content.length, 4096) & ~1;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        // a few zeros on the other side come from letters such as U+0100..U+01FF
        if (sample >= 4 && zeroOdd > sample / 4 && zeroEven <= zeroOdd / 20) {
            return new Encoding(StandardCharsets.UTF_16LE, 0);
        }
        if (sample >= 4 && zeroEven > sample / 4 && zeroOdd <= zeroEven / 20) {
            return new Encoding(StandardCharsets.UTF_16BE, 0);
        }
        for (byte b : content) {
            // control bytes (NUL and others besides tab and line ends) never appear in a text table
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                throw new TableReadException("import.file.binary");
            }
        }
        if (decodes(content, StandardCharsets.UTF_8)) {
            return new Encoding(StandardCharsets.UTF_8, 0);
        }
        var detector = new UniversalDetector();
        detector.handleData(content, 0, content.length);
        detector.dataEnd();
        var detected = detector.getDetectedCharset();
        var windows1252 = Charset.forName("windows-1252");
        // Excel's "CSV" (not "CSV UTF-8") on Windows in Indonesia or Europe writes the ANSI code page 1252; short
        // Latin files often leave the detector undecided, and 1252 is then the only single-byte reading we accept
        boolean latin = detected == null || detected.equalsIgnoreCase("WINDOWS-1252")
                || detected.equalsIgnoreCase("ISO-8859-1") || detected.equalsIgnoreCase("ISO-8859-15");
        if (latin && decodes(content, windows1252)) {
            return new Encoding(windows1252, 0);
        }
        throw new TableReadException("import.file.encoding", detected == null ? "?" : detected);
    }

    private static boolean decodes(byte[] content, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(content);
        var out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        try {
            return !decoder.flush(out).isError();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * The delimiter that splits the sample's records into the most consistent number of fields (more than one),
     * counting only outside quotes; a comma when none splits.
     */
    static char delimiter(CharSequence sample, boolean truncated) {
        char best = ',';
        double bestScore = 0;
        for (char d : DELIMITERS) {
            var counts = fieldsPerRecord(sample, d, truncated);
            if (counts.isEmpty() || counts.getFirst() < 2) {
                continue;
            }
            int header = counts.getFirst();
            long same = counts.stream().filter(n -> n == header).count();
            // consistency first, then more fields
            double score = same / (double) counts.size() * 1_000 + Math.min(header, 999);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static List<Integer> fieldsPerRecord(CharSequence text, char delimiter, boolean truncated) {
        var counts = new ArrayList<Integer>();
        var scan = new Scan(delimiter);
        boolean empty = true;
        for (int i = 0; i < text.length() && counts.size() < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            switch (scan.next(c)) {
                case END -> {
                    if (!empty) {
                        counts.add(scan.fields);
                    }
                    scan.newRecord();
                    empty = true;
                }
                case DELIMITER, QUOTE -> empty = false;
                case CELL -> empty &= Character.isWhitespace(c);
                case NONE -> {
                }
            }
        }
        if (!empty && !truncated && counts.size() < SAMPLE_RECORDS) {
            counts.add(scan.fields);
        }
        return counts;
    }

    /** One pass over the text, outside commons-csv: no record is built, so a hostile row costs nothing to refuse. */
    private static void guard(Reader in, char delimiter, TableLimits limits) throws IOException {
        var buffer = new char[8192];
        var scan = new Scan(delimiter);
        int record = 1;
        boolean afterCarriageReturn = false;
        int n;
        while ((n = in.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                var event = scan.next(c);
                if (event == Scan.Event.END) {
                    // CR LF ends one record, a lone CR or LF too
                    if (c == '\r' || !afterCarriageReturn) {
                        record++;
                    }
                    scan.newRecord();
                } else if (event == Scan.Event.DELIMITER && scan.fields > limits.maxColumns()) {
                    throw new TableReadException("import.file.tooManyColumns", limits.maxColumns(), record);
                } else if (event == Scan.Event.CELL && scan.cellChars > limits.maxCellChars()) {
                    throw new TableReadException("import.file.cellTooLong", limits.maxCellChars(), record);
                }
                afterCarriageReturn = c == '\r';
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    throw new TableReadException("import.file.binary");
                }
            }
        }
    }

    /**
     * Splits text into fields the way commons-csv's default format does, without keeping them: a quote opens a field
     * only as its first character, {@code ""} inside is one quote, delimiters and line ends inside quotes are text.
     */
    static final class Scan {

        enum Event { CELL, DELIMITER, END, QUOTE, NONE }

        private final char delimiter;
        private boolean quoted;
        private boolean closing;
        private boolean wasQuoted;
        int fields = 1;
        int cellChars;

        Scan(char delimiter) {
            this.delimiter = delimiter;
        }

        Event next(char c) {
            if (closing) {
                closing = false;
                if (c == '"') {
                    cellChars++;
                    return Event.CELL;
                }
                quoted = false;
            }
            if (quoted) {
                if (c == '"') {
                    closing = true;
                    return Event.NONE;
                }
                cellChars++;
                return Event.CELL;
            }
            if (c == '"' && cellChars == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                return Event.QUOTE;
            }
            if (c == delimiter) {
                fields++;
                cellChars = 0;
                wasQuoted = false;
                return Event.DELIMITER;
            }
            if (c == '\n' || c == '\r') {
                return Event.END;
            }
            cellChars++;
            return Event.CELL;
        }

        void newRecord() {
            fields = 1;
            cellChars = 0;
            wasQuoted = false;
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A growable int array: one row number per kept row, without boxing 200,000 Integers. */
    static final class IntList {

        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
