package org.precis.report.casereport;

/** Checks shared by the report's records: a text field is present and not blank. */
final class Text {

    private Text() {}

    static String require(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }
}
