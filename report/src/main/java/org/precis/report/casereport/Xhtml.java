package org.precis.report.casereport;

/**
 * Escaping for the report page, which is XHTML (openhtmltopdf parses it as XML): every text from
 * the case (user input) goes through {@link #text} or {@link #cssString}, never into the page raw.
 */
final class Xhtml {

    private Xhtml() {}

    /** Text or an attribute value: markup characters escaped, characters XML forbids replaced. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * A CSS string literal (with its quotes) holding {@code value}: everything but letters, digits,
     * space, '-' and '.' is a hex escape, so no value can end the string or the style element.
     */
    static String cssString(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == ' '
                    || c == '-'
                    || c == '.') {
                out.appendCodePoint(c);
            } else if (allowedInXml(c) && c != 0) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.append('"').toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
