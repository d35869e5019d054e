package org.precis.federation.algorithm;

import java.util.List;

/** The element-wise sum of the sites' aggregates for one round, and which sites it includes. */
public record SecureSum(double[] values, List<String> sites) {
    public SecureSum {
        values = values.clone();
        sites = List.copyOf(sites);
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
