package org.precis.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 style records: fields split by the separator; double-quoted fields may hold the
 * separator, quotes ({@code ""}) and newlines. Each record knows the line it starts on (header =
 * line 1), counting blank lines and the newlines inside quoted fields, so a message points where an
 * editor shows the row.
 */
public final class CsvRecords {
    private final Path file;
    private final StringReader in;
    private final char separator;
    private int line;

    CsvRecords(Path file, String text, CsvSeparator separator) {
        this.file = file;
        this.in = new StringReader(text);
        this.separator = separator.character();
    }

    /** The next record, or empty fields at the end of the text. Quoted fields keep their text. */
    public CsvRecord next() {
        try {
            return read();
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private CsvRecord read() throws IOException {
        List<Field> fields = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        int c = in.read();
        if (c == -1) {
            return new CsvRecord(line + 1, fields);
        }
        line++;
        int startLine = line;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    throw new InputDataException(file, startLine, "quoted field never closed");
                }
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        cell.append('"');
                    } else {
                        inQuotes = false;
                        if (d != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                inQuotes = true;
                quoted = true;
            } else if (c == separator) {
                fields.add(new Field(cell.toString(), quoted));
                cell.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == -1) {
                fields.add(new Field(stripCr(cell), quoted));
                return new CsvRecord(startLine, fields);
            } else {
                cell.append((char) c);
            }
            c = in.read();
        }
    }

    private static String stripCr(StringBuilder cell) {
        int n = cell.length();
        return n > 0 && cell.charAt(n - 1) == '\r' ? cell.substring(0, n - 1) : cell.toString();
    }

    /** The file the records come from, or null. */
    public Path file() {
        return file;
    }

    /** A fault at {@code line} of this text's file. */
    public InputDataException fault(int line, String problem) {
        return new InputDataException(file, line, problem);
    }

    /**
     * One record and the line it starts on.
     *
     * @param line 1-based line of the file where the record starts (header = 1)
     * @param fields the fields; empty at the end of the text
     */
    public record CsvRecord(int line, List<Field> fields) {
        public CsvRecord {
            fields = List.copyOf(fields);
        }

        public boolean isEnd() {
            return fields.isEmpty();
        }

        /** A record of one empty field: a blank line. */
        public boolean isBlank() {
            return fields.size() == 1 && fields.get(0).value() == null;
        }
    }

    /** A cell's text and whether it was quoted (a quoted "NA" is text, not missing). */
    public record Field(String text, boolean quoted) {
        /** The trimmed cell, or null when missing: empty, or an unquoted NA as R writes it. */
        public String value() {
            String t = quoted ? text : text.strip();
            if (t.isEmpty() || (!quoted && t.equals("NA"))) {
                return null;
            }
            return t;
        }
    }
}
