package org.precis.molecular.expression;

/**
 * A finite automaton that recognises the common expression cell while the field is scanned, one
 * table lookup a byte: spaces, then an optional sign, digits with an optional decimal point (at
 * least one digit), an optional exponent, then spaces (a carriage return counts as a space); or
 * spaces only (missing). Any other text ends in {@link #UNKNOWN} and is told apart by {@link
 * ExpressionValue#kind} ({@code NA}, {@code Inf}, or not a number).
 */
final class NumberSyntax {

    static final int START = 0;
    private static final int SIGN = 1;
    private static final int INTEGER = 2;
    private static final int POINT = 3;
    private static final int FRACTION = 4;
    private static final int EXPONENT = 5;
    private static final int EXPONENT_SIGN = 6;
    private static final int EXPONENT_DIGITS = 7;
    private static final int TRAILING = 8;
    static final int UNKNOWN = 9;

    private static final int DIGIT = 0;
    private static final int DOT = 1;
    private static final int PLUS_MINUS = 2;
    private static final int E = 3;
    private static final int SPACE = 4;
    private static final int OTHER = 5;
    private static final int CLASSES = 6;

    private static final byte[] CLASS = new byte[256];
    private static final byte[] NEXT = new byte[(UNKNOWN + 1) * CLASSES];
    /** The transitions by state and byte: one lookup a byte. */
    private static final byte[] BY_BYTE = new byte[(UNKNOWN + 1) * 256];

    static {
        java.util.Arrays.fill(CLASS, (byte) OTHER);
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        CLASS['.'] = DOT;
        CLASS['+'] = PLUS_MINUS;
        CLASS['-'] = PLUS_MINUS;
        CLASS['e'] = E;
        CLASS['E'] = E;
        CLASS[' '] = SPACE;
        CLASS['\t'] = SPACE;
        CLASS['\r'] = SPACE;
        java.util.Arrays.fill(NEXT, (byte) UNKNOWN);
        edge(START, SPACE, START);
        edge(START, PLUS_MINUS, SIGN);
        edge(START, DIGIT, INTEGER);
        edge(START, DOT, POINT);
        edge(SIGN, DIGIT, INTEGER);
        edge(SIGN, DOT, POINT);
        edge(INTEGER, DIGIT, INTEGER);
        edge(INTEGER, DOT, FRACTION);
        edge(INTEGER, E, EXPONENT);
        edge(INTEGER, SPACE, TRAILING);
        edge(POINT, DIGIT, FRACTION);
        edge(FRACTION, DIGIT, FRACTION);
        edge(FRACTION, E, EXPONENT);
        edge(FRACTION, SPACE, TRAILING);
        edge(EXPONENT, PLUS_MINUS, EXPONENT_SIGN);
        edge(EXPONENT, DIGIT, EXPONENT_DIGITS);
        edge(EXPONENT_SIGN, DIGIT, EXPONENT_DIGITS);
        edge(EXPONENT_DIGITS, DIGIT, EXPONENT_DIGITS);
        edge(EXPONENT_DIGITS, SPACE, TRAILING);
        edge(TRAILING, SPACE, TRAILING);
        for (int state = 0; state <= UNKNOWN; state++) {
            for (int b = 0; b < 256; b++) {
                BY_BYTE[state * 256 + b] = NEXT[state * CLASSES + CLASS[b]];
            }
        }
    }

    private NumberSyntax() {}

    private static void edge(int from, int byteClass, int to) {
        NEXT[from * CLASSES + byteClass] = (byte) to;
    }

    /** The state after {@code b}. */
    static int next(int state, byte b) {
        return BY_BYTE[(state << 8) | (b & 0xff)];
    }

    /** Whether the automaton told what the field is; otherwise {@link ExpressionValue#kind} must. */
    static boolean isKnown(int state) {
        return state == START || state == INTEGER || state == FRACTION || state == EXPONENT_DIGITS || state == TRAILING;
    }

    /** The kind of a field that ended in a known state. */
    static ExpressionValue.Kind kind(int state) {
        return state == START ? ExpressionValue.Kind.MISSING : ExpressionValue.Kind.NUMBER;
    }
}
