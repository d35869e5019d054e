package org.precis.cells.grade;

/**
 * A component's bootstrap spread: the interval of its measure (the hot-spot count per 10 fields,
 * the size ratio, the tubule percentage) and the share of draws giving each score ({@code
 * scoreProbabilities[s - 1]} for score s), over the {@code draws} draws where it could be computed.
 */
public record ComponentUncertainty(double lower, double upper, double level, double[] scoreProbabilities, int draws) {

    public ComponentUncertainty {
        scoreProbabilities = scoreProbabilities.clone();
    }

    @Override
    public double[] scoreProbabilities() {
        return scoreProbabilities.clone();
    }
}
