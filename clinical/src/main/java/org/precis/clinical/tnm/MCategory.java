package org.precis.clinical.tnm;

/** Distant metastasis categories; M1c belongs to the 8th edition, M1c1 and M1c2 to the 9th. */
public enum MCategory {
    M0("M0"),
    M1A("M1a"),
    M1B("M1b"),
    M1C("M1c"),
    M1C1("M1c1"),
    M1C2("M1c2");

    private final String label;

    MCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
