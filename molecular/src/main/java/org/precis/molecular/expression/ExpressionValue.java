package org.precis.molecular.expression;

/**
 * The number in an expression cell as R's {@code read.csv} reads it: empty or {@code NA} is missing
 * (NaN here, as R's {@code is.na} treats NaN), a decimal number with optional sign and exponent,
 * {@code Inf}, {@code -Inf} or {@code NaN}; anything else is not a number. Works on the cell's bytes
 * so that cells of probes nobody asked for are checked without making a string.
 */
final class ExpressionValue {

    private ExpressionValue() {}

    /** Whether the cell is missing (empty or NA, spaces around ignored). */
    static boolean isMissing(byte[] cell, int length) {
        int start = start(cell, length);
        int end = end(cell, start, length);
        return start == end || (end - start == 2 && cell[start] == 'N' && cell[start + 1] == 'A');
    }

    /** Whether a cell that is not missing is a number R reads. */
    static boolean isNumber(byte[] cell, int length) {
        int i = start(cell, length);
        int end = end(cell, i, length);
        if (i < end && (cell[i] == '+' || cell[i] == '-')) {
            i++;
        }
        if (matches(cell, i, end, "Inf") || matches(cell, i, end, "NaN") || matches(cell, i, end, "Infinity")) {
            return true;
        }
        int digits = 0;
        while (i < end && isDigit(cell[i])) {
            i++;
            digits++;
        }
        if (i < end && cell[i] == '.') {
            i++;
            while (i < end && isDigit(cell[i])) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (cell[i] == 'e' || cell[i] == 'E')) {
            i++;
            if (i < end && (cell[i] == '+' || cell[i] == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < end && isDigit(cell[i])) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == end;
    }

    /** The value of a cell that {@link #isNumber} accepted; correctly rounded. */
    static double parse(byte[] cell, int length) {
        int start = start(cell, length);
        int end = end(cell, start, length);
        String text = new String(cell, start, end - start, java.nio.charset.StandardCharsets.US_ASCII);
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        double sign = text.startsWith("-") ? -1 : 1;
        return switch (unsigned) {
            case "Inf", "Infinity" -> sign * Double.POSITIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean matches(byte[] cell, int from, int end, String word) {
        if (end - from != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (cell[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int start(byte[] cell, int length) {
        int i = 0;
        while (i < length && (cell[i] == ' ' || cell[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int end(byte[] cell, int start, int length) {
        int j = length;
        while (j > start && (cell[j - 1] == ' ' || cell[j - 1] == '\t')) {
            j--;
        }
        return j;
    }
}
