package org.precis.molecular.expression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.precis.io.file.FileSha256;
import org.precis.table.InputDataException;

/**
 * The fields of a CSV file as bytes, one at a time, without a string per cell: a table of 10,000
 * samples by 20,000 probes is 200 million cells. An unquoted field that lies in the read buffer is
 * not copied: {@link #bytes()} is then the buffer itself, valid until the next field is read.
 * Quoting as RFC 4180 (a quoted field may hold the separator, {@code ""} and newlines); a carriage
 * return before a newline is dropped. Knows the line it is on (header = 1), counting newlines inside
 * quoted fields, as {@link org.precis.table.CsvRecords} does.
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
    private final MessageDigest digest = FileSha256.newDigest();
    private final byte separator;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] copy = new byte[64];
    private byte[] fieldBytes;
    private int start;
    private int end;
    private boolean quoted;
    private int syntax;
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
     * Reads the next field; {@link End#FILE} when there is none (the text ended at the start of a
     * record).
     */
    End next() throws IOException {
        quoted = false;
        if (position == limit) {
            fill();
            if (position == limit) {
                return End.FILE;
            }
        }
        if (buffer[position] == '"') {
            return quotedField();
        }
        byte[] bytes = buffer;
        byte sep = separator;
        int i = position;
        int stop = limit;
        int state = NumberSyntax.START;
        while (i < stop && bytes[i] != sep && bytes[i] != '\n') {
            state = NumberSyntax.next(state, bytes[i]);
            i++;
        }
        if (i < stop) {
            fieldBytes = bytes;
            start = position;
            end = i;
            position = i + 1;
            syntax = state;
            return ended(bytes[i]);
        }
        syntax = NumberSyntax.UNKNOWN;
        int length = 0;
        for (int k = position; k < stop; k++) {
            length = append(length, bytes[k]);
        }
        position = stop;
        int c = read();
        while (c != separator && c != '\n' && c != -1) {
            length = append(length, c);
            c = read();
        }
        fieldBytes = copy;
        start = 0;
        end = length;
        return ended(c);
    }

    private End quotedField() throws IOException {
        quoted = true;
        syntax = NumberSyntax.UNKNOWN;
        position++;
        int startLine = line;
        int length = 0;
        int c;
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
            length = append(length, c);
        }
        int content = length;
        while (c != separator && c != '\n' && c != -1) {
            length = append(length, c);
            c = read();
        }
        fieldBytes = copy;
        start = 0;
        end = length;
        if (c == '\n' && end > content && copy[end - 1] == '\r') {
            end--;
        }
        return ended(c);
    }

    private End ended(int terminator) {
        if (terminator == separator) {
            return End.SEPARATOR;
        }
        if (end > start && fieldBytes[end - 1] == '\r' && !quoted) {
            end--;
        }
        if (terminator == '\n') {
            line++;
        }
        return End.RECORD;
    }

    /**
     * What the current field holds as an expression value, told while it was scanned when it could be
     * (an unquoted plain decimal or an empty cell), else by {@link ExpressionValue#kind}.
     */
    ExpressionValue.Kind kind() {
        return NumberSyntax.isKnown(syntax) ? NumberSyntax.kind(syntax) : ExpressionValue.kind(fieldBytes, start, end);
    }

    /** The array holding the current field, from {@link #start()} to {@link #end()}. */
    byte[] bytes() {
        return fieldBytes;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean isEmpty() {
        return end == start;
    }

    /** The current field as text (UTF-8), stripped unless quoted. */
    String text() {
        String text = new String(fieldBytes, start, end - start, StandardCharsets.UTF_8);
        return quoted ? text : text.strip();
    }

    /** The line the stream is on: after a field that ended a record, the next record's line. */
    int line() {
        return line;
    }

    private int append(int length, int c) {
        if (length == copy.length) {
            copy = Arrays.copyOf(copy, copy.length * 2);
        }
        copy[length] = (byte) c;
        return length + 1;
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
        digest.update(buffer, 0, limit);
    }

    /** The SHA-256 of every byte read so far: of the whole file once it has been read to the end. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
