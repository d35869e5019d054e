package org.precis.molecular.pam50;

/** genefu's ROR-S risk groups: Low below 29, Intermediate from 29 to below 53, High from 53. */
public enum RorSRisk {
    LOW("Low"),
    INTERMEDIATE("Intermediate"),
    HIGH("High");

    static final double INTERMEDIATE_FROM = 29;
    static final double HIGH_FROM = 53;

    private final String label;

    RorSRisk(String label) {
        this.label = label;
    }

    /** The group genefu prints ({@code Intermediate}). */
    public String label() {
        return label;
    }

    static RorSRisk of(double score) {
        if (score < INTERMEDIATE_FROM) {
            return LOW;
        }
        return score < HIGH_FROM ? INTERMEDIATE : HIGH;
    }
}
