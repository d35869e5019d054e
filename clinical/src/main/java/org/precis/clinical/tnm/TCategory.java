package org.precis.clinical.tnm;

/** Primary tumour categories (the same in the 8th and 9th editions). */
public enum TCategory {
    TX("TX"),
    T0("T0"),
    TIS("Tis"),
    T1MI("T1mi"),
    T1A("T1a"),
    T1B("T1b"),
    T1C("T1c"),
    T2A("T2a"),
    T2B("T2b"),
    T3("T3"),
    T4("T4");

    private final String label;

    TCategory(String label) {
        this.label = label;
    }

    /** As written in the TNM classification, e.g. "T1mi". */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
