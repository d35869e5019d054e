package org.precis.clinical.npi;

/**
 * How the index is cut into prognostic groups. Cut-offs are on the index rounded to two
 * decimals, the precision at which it is reported, so "2.41-3.4" means 2.4 &lt; NPI &le; 3.4 and
 * floating-point noise (0.2 &times; 7 = 1.4000000000000001) cannot move a patient across a line.
 */
public enum GroupingScheme {
    /**
     * Four groups as commonly used: excellent &le; 2.4, good 2.41-3.4, moderate 3.41-5.4, poor
     * &gt; 5.4. Galea et al. 1992 defined good/moderate/poor at 3.4 and 5.4; the excellent group
     * (&le; 2.4) was split off the good group in later Nottingham series (Blamey et al. 2007).
     */
    FOUR_GROUPS(new int[] {240, 340, 540}, new PrognosticGroup[] {
        PrognosticGroup.EXCELLENT, PrognosticGroup.GOOD, PrognosticGroup.MODERATE, PrognosticGroup.POOR
    }),
    /**
     * Blamey et al. 2007: excellent &le; 2.4, good 2.41-3.4, moderate I 3.41-4.4, moderate II
     * 4.41-5.4, poor 5.41-6.4, very poor &gt; 6.4.
     */
    BLAMEY_2007_SIX_GROUPS(new int[] {240, 340, 440, 540, 640}, new PrognosticGroup[] {
        PrognosticGroup.EXCELLENT,
        PrognosticGroup.GOOD,
        PrognosticGroup.MODERATE_I,
        PrognosticGroup.MODERATE_II,
        PrognosticGroup.POOR,
        PrognosticGroup.VERY_POOR
    });

    /** Upper limits (inclusive) of each group but the last, in hundredths of an index point. */
    private final int[] upperLimitsHundredths;

    private final PrognosticGroup[] groups;

    GroupingScheme(int[] upperLimitsHundredths, PrognosticGroup[] groups) {
        this.upperLimitsHundredths = upperLimitsHundredths;
        this.groups = groups;
    }

    /** The group of an index value. */
    public PrognosticGroup classify(double npi) {
        if (Double.isNaN(npi) || Double.isInfinite(npi) || npi <= 0) {
            throw new IllegalArgumentException(
                    "a Nottingham Prognostic Index must be a positive finite number, was " + npi);
        }
        long hundredths = Math.round(npi * 100);
        for (int i = 0; i < upperLimitsHundredths.length; i++) {
            if (hundredths <= upperLimitsHundredths[i]) {
                return groups[i];
            }
        }
        return groups[groups.length - 1];
    }
}
