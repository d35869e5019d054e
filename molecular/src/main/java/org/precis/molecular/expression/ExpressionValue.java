package org.precis.molecular.expression;

import java.nio.charset.StandardCharsets;

/**
 * The number in an expression cell as R's {@code read.csv} reads it: empty or {@code NA} is missing
 * (NaN here, and so is {@code NaN}: R's {@code is.na} is true for both), a decimal number with optional sign and exponent,
 * {@code Inf} or {@code -Inf}; anything else is not a number. Works on the cell's bytes
 * in one pass, so that the cells of probes nobody asked for are checked without making a string.
 */
final class ExpressionValue {

    enum Kind {
        MISSING,
        NUMBER,
        NOT_A_NUMBER
    }

    /** Powers of ten a double holds exactly: a decimal of at most 15 digits scaled by one is correctly rounded. */
    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private ExpressionValue() {}

    /** What the bytes {@code cell[from, to)} hold (spaces around are ignored). */
    static Kind kind(byte[] cell, int from, int to) {
        int i = first(cell, from, to);
        int end = last(cell, i, to);
        if (i == end || (end - i == 2 && cell[i] == 'N' && cell[i + 1] == 'A')) {
            return Kind.MISSING;
        }
        if (cell[i] == '+' || cell[i] == '-') {
            i++;
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
            if (matches(cell, i, end, "NaN")) {
                return Kind.MISSING; // R's is.na is true for NaN: genefu treats it as missing everywhere
            }
            return matches(cell, i, end, "Inf") || matches(cell, i, end, "Infinity") ? Kind.NUMBER : Kind.NOT_A_NUMBER;
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
                return Kind.NOT_A_NUMBER;
            }
        }
        return i == end ? Kind.NUMBER : Kind.NOT_A_NUMBER;
    }

    /**
     * The value of a cell {@link #kind} calls a number, correctly rounded: a plain decimal of at most
     * 15 digits is an exact integer divided by an exact power of ten (one rounding, Clinger's fast
     * path); anything else goes through {@link Double#parseDouble}.
     */
    static double parse(byte[] cell, int from, int to) {
        int i = first(cell, from, to);
        int end = last(cell, i, to);
        boolean negative = cell[i] == '-';
        int j = cell[i] == '+' || cell[i] == '-' ? i + 1 : i;
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        for (; j < end; j++) {
            byte b = cell[j];
            if (isDigit(b)) {
                mantissa = mantissa * 10 + (b - '0');
                digits++;
                if (point) {
                    decimals++;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (j == end && digits > 0 && digits <= 15 && decimals < EXACT_POWERS.length) {
            double value = mantissa / EXACT_POWERS[decimals];
            return negative ? -value : value;
        }
        String text = new String(cell, i, end - i, StandardCharsets.US_ASCII);
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return switch (unsigned) {
            case "Inf", "Infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
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

    private static int first(byte[] cell, int from, int to) {
        int i = from;
        while (i < to && (cell[i] == ' ' || cell[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int last(byte[] cell, int from, int to) {
        int j = to;
        while (j > from && (cell[j - 1] == ' ' || cell[j - 1] == '\t')) {
            j--;
        }
        return j;
    }
}
