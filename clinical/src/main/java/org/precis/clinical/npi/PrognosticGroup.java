package org.precis.clinical.npi;

/** The prognostic groups of the Nottingham Prognostic Index across both grouping schemes. */
public enum PrognosticGroup {
    EXCELLENT("excellent (EPG)"),
    GOOD("good (GPG)"),
    MODERATE("moderate (MPG)"),
    MODERATE_I("moderate I (MPG I)"),
    MODERATE_II("moderate II (MPG II)"),
    POOR("poor (PPG)"),
    VERY_POOR("very poor (VPG)");

    private final String label;

    PrognosticGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
