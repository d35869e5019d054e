package org.precis.clinical.tnm;

/** Regional lymph node categories; N2 belongs to the 8th edition, N2a and N2b to the 9th. */
public enum NCategory {
    NX("NX"),
    N0("N0"),
    N1("N1"),
    N2("N2"),
    N2A("N2a"),
    N2B("N2b"),
    N3("N3");

    private final String label;

    NCategory(String label) {
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
