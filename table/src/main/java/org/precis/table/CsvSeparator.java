package org.precis.table;

import java.util.Locale;

/** The character between the fields of a CSV record, or {@link #AUTO}: taken from the header line. */
public enum CsvSeparator {
    AUTO('\0'),
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t');

    private final char character;

    CsvSeparator(char character) {
        this.character = character;
    }

    /** The separator character; {@link #AUTO} has none until {@link #resolve(String)}. */
    public char character() {
        if (this == AUTO) {
            throw new IllegalStateException("AUTO is resolved from the header line first");
        }
        return character;
    }

    /**
     * This separator, or for {@link #AUTO} the one the header line uses: a semicolon when it has a
     * semicolon and no comma (spreadsheets in locales with a decimal comma write these), a tab when
     * it has a tab and neither, a comma otherwise.
     */
    public CsvSeparator resolve(String headerLine) {
        if (this != AUTO) {
            return this;
        }
        boolean comma = headerLine.indexOf(',') >= 0;
        boolean semicolon = headerLine.indexOf(';') >= 0;
        if (semicolon && !comma) {
            return SEMICOLON;
        }
        if (!comma && !semicolon && headerLine.indexOf('\t') >= 0) {
            return TAB;
        }
        return COMMA;
    }

    /** The separator an option names: {@code auto}, {@code ,} or {@code comma}, {@code ;} or {@code semicolon}, {@code tab}. */
    public static CsvSeparator fromOption(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case ",", "comma" -> COMMA;
            case ";", "semicolon" -> SEMICOLON;
            case "\t", "\\t", "tab" -> TAB;
            default -> throw new IllegalArgumentException("--sep takes auto, ',', ';' or tab, not '" + text + "'");
        };
    }
}
