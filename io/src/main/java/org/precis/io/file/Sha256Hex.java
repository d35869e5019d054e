package org.precis.io.file;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks a recorded SHA-256: 64 hex digits, kept in lower case as {@code sha256sum} prints them. */
public final class Sha256Hex {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    private Sha256Hex() {}

    /**
     * {@code value} in lower case; {@link IllegalArgumentException} saying
     * "{@code what} SHA-256 must be 64 hex digits" when it is not a SHA-256.
     */
    public static String require(String what, String value) {
        String lower = value == null ? null : value.toLowerCase(Locale.ROOT);
        if (lower == null || !HEX_64.matcher(lower).matches()) {
            throw new IllegalArgumentException(what + " SHA-256 must be 64 hex digits: " + value);
        }
        return lower;
    }
}
