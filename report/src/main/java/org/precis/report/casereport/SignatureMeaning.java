package org.precis.report.casereport;

/** What a signature attests. */
public enum SignatureMeaning {
    SIGNED("signed"),
    AMENDED("amended");

    private final String word;

    SignatureMeaning(String word) {
        this.word = word;
    }

    /** The word printed in the report. */
    public String word() {
        return word;
    }
}
