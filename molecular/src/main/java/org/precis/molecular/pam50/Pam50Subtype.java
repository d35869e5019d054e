package org.precis.molecular.pam50;

/** The five PAM50 intrinsic subtypes, in genefu's centroid order (which also breaks ties). */
public enum Pam50Subtype {
    BASAL("Basal"),
    HER2("Her2"),
    LUM_A("LumA"),
    LUM_B("LumB"),
    NORMAL("Normal");

    private final String label;

    Pam50Subtype(String label) {
        this.label = label;
    }

    /** The name genefu gives the subtype ({@code LumA}). */
    public String label() {
        return label;
    }
}
