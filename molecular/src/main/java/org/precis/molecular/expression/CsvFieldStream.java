package org.precis.molecular.expression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.precis.table.InputDataException;

/**
 * The fields of a CSV file as bytes, one at a time, without a string per cell: a table of 10,000
 * samples by 20,000 probes is 200 million cells. Quoting as RFC 4180 (a quoted field may hold the
 * separator, {@code ""} and newlines); a carriage return before a newline is dropped. Knows the line
 * it is on (header = 1), counting newlines inside quoted fields, as {@link
 * org.precis.table.CsvRecords} does.
 */
final class CsvFieldStream implements AutoCloseable {

    /** What ended the field just read. */
    enum End {
        SEPARATOR,
        RECORD,
        FILE
    }

    private final Path file;
    private final InputStream in;
    private final byte separator;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] field = new byte[64];
    private int length;
    private boolean quoted;
    private int line = 1;

    CsvFieldStream(Path file, InputStream in, char separator) {
        this.file = file;
        this.in = in;
        this.separator = (byte) separator;
    }

    /** Skips a UTF-8 byte-order mark at the start. */
    void skipByteOrderMark() throws IOException {
        fill();
        if (limit - position >= 3
                && (buffer[0] & 0xff) == 0xef
                && (buffer[1] & 0xff) == 0xbb
                && (buffer[2] & 0xff) == 0xbf) {
            position += 3;
        }
    }

    /**
     * Reads the next field into {@link #bytes()}; {@link End#FILE} when there is none (the text
     * ended at the start of a record).
     */
    End next() throws IOException {
        length = 0;
        quoted = false;
        int c = read();
        if (c == -1) {
            return End.FILE;
        }
        if (c == '"') {
            quoted = true;
            int startLine = line;
            while (true) {
                c = read();
                if (c == -1) {
                    throw new InputDataException(file, startLine, "quoted field never closed");
                }
                if (c == '"') {
                    int d = read();
                    if (d != '"') {
                        c = d;
                        break;
                    }
                } else if (c == '\n') {
                    line++;
                }
                append(c);
            }
        }
        while (c != separator && c != '\n' && c != -1) {
            append(c);
            c = read();
        }
        if (c == separator) {
            return End.SEPARATOR;
        }
        if (length > 0 && field[length - 1] == '\r' && !quoted) {
            length--;
        }
        if (c == '\n') {
            line++;
        }
        return End.RECORD;
    }

    /** The current field's bytes, valid to {@link #length()}. */
    byte[] bytes() {
        return field;
    }

    int length() {
        return length;
    }

    boolean quoted() {
        return quoted;
    }

    /** The current field as text (UTF-8), stripped unless quoted. */
    String text() {
        String text = new String(field, 0, length, StandardCharsets.UTF_8);
        return quoted ? text : text.strip();
    }

    /** The line the stream is on: after a field that ended a record, the next record's line. */
    int line() {
        return line;
    }

    private void append(int c) {
        if (length == field.length) {
            field = Arrays.copyOf(field, field.length * 2);
        }
        field[length++] = (byte) c;
    }

    private int read() throws IOException {
        if (position == limit) {
            fill();
            if (position == limit) {
                return -1;
            }
        }
        return buffer[position++] & 0xff;
    }

    private void fill() throws IOException {
        if (position < limit) {
            return;
        }
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
