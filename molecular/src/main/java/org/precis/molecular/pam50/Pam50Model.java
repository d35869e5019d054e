package org.precis.molecular.pam50;

/**
 * The two genefu PAM50 models Precis runs. They share the centroids and differ in how each probe is
 * standardised over the cohort before the correlation.
 */
public enum Pam50Model {
    /** genefu's {@code pam50}: raw values ({@code std = "none"}); {@code rorS} uses it. */
    PAM50("pam50", false),
    /**
     * genefu's {@code pam50.robust}: each probe rescaled by its 2.5% and 97.5% quantiles ({@code std =
     * "robust"}, {@code rescale.q = 0.05}); {@code molecular.subtyping(sbt.model = "pam50")} uses it.
     */
    PAM50_ROBUST("pam50.robust", true);

    /** genefu's {@code rescale.q}: the quantiles are {@code q/2} and {@code 1 - q/2}. */
    static final double RESCALE_Q = 0.05;

    private final String genefuName;
    private final boolean robust;

    Pam50Model(String genefuName, boolean robust) {
        this.genefuName = genefuName;
        this.robust = robust;
    }

    /** The name of genefu's model object ({@code pam50.robust}). */
    public String genefuName() {
        return genefuName;
    }

    /** The probe's values as the model correlates them. */
    double[] standardise(double[] values) {
        return robust ? RobustScaling.of(values, RESCALE_Q) : values.clone();
    }
}
