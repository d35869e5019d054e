package org.precis.federation.algorithm;

/** A site's answer to one round: aggregates only, to be summed with the other sites' answers. */
public record LocalAggregate(double[] values) {
    public LocalAggregate {
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("aggregate value " + i + " is not finite: " + values[i]);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
