package org.precis.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV file's text and separator. The bytes are UTF-8 (a byte-order mark is dropped) unless they
 * are not valid UTF-8: then they are Windows-1252, what spreadsheets on Windows write, which holds
 * Latin-1's letters ({@code Malmö}). Valid UTF-8 is never read as Windows-1252 by accident in
 * practice: accented Windows-1252 text is almost never valid UTF-8.
 *
 * @param file the file read, or null for text that was never a file
 * @param text the decoded text, without a byte-order mark
 * @param separator the separator, never {@link CsvSeparator#AUTO}
 * @param charset the encoding the bytes were read in
 */
public record CsvText(Path file, String text, CsvSeparator separator, Charset charset) {

    /** A table larger than this is not a clinical table; refused before it is read into memory. */
    public static final long MAX_BYTES = 1L << 30;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public CsvText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        if (separator == null || separator == CsvSeparator.AUTO) {
            throw new IllegalArgumentException("a CsvText has a resolved separator");
        }
    }

    /** Reads {@code file}, taking the separator from its header line when {@code separator} is AUTO. */
    public static CsvText read(Path file, CsvSeparator separator) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InputDataException(
                    file, 0, "is " + size + " bytes, more than a table of " + MAX_BYTES + " bytes Precis reads");
        }
        return decode(file, Files.readAllBytes(file), separator);
    }

    /** The text of {@code bytes} (a file's, or null for none) as {@link #read} decodes it. */
    public static CsvText decode(Path file, byte[] bytes, CsvSeparator separator) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        Charset charset;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
            charset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            // Windows-1252 leaves five bytes unmapped; they become U+FFFD rather than a failure.
            text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
            charset = WINDOWS_1252;
        }
        return of(file, text, separator, charset);
    }

    /** Text already decoded (a string in a test, a request body), separator as {@link #read}. */
    public static CsvText of(Path file, String text, CsvSeparator separator, Charset charset) {
        String withoutBom = text.startsWith("\ufeff") ? text.substring(1) : text;
        return new CsvText(file, withoutBom, separator.resolve(firstLine(withoutBom)), charset);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The records of this text. */
    public CsvRecords records() {
        return new CsvRecords(file, text, separator);
    }
}
