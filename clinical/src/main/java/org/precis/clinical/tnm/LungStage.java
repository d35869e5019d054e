package org.precis.clinical.tnm;

/** Lung cancer stage groups of the 8th and 9th editions. */
public enum LungStage {
    OCCULT_CARCINOMA("Occult carcinoma"),
    STAGE_0("0"),
    IA1("IA1"),
    IA2("IA2"),
    IA3("IA3"),
    IB("IB"),
    IIA("IIA"),
    IIB("IIB"),
    IIIA("IIIA"),
    IIIB("IIIB"),
    IIIC("IIIC"),
    IVA("IVA"),
    IVB("IVB");

    private final String label;

    LungStage(String label) {
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
