package org.precis.federation.algorithm;

import java.util.OptionalDouble;
import org.precis.federation.privacy.RdpCurve;

/**
 * A site's differential-privacy budget on each of its data sets (named by their SHA-256): what it
 * has spent, in Rényi DP composed over every release, and the most epsilon its policy allows.
 * Algorithms charge a release before the site sends it; a charge that would pass the maximum is
 * refused with a {@link DisclosureException} and nothing is charged or sent.
 */
public interface PrivacyBudget {

    /** The policy's maximum epsilon, if it sets one. */
    OptionalDouble maxEpsilon();

    /**
     * Refuses a study whose whole plan, on top of what {@code dataset} has spent, would pass the
     * maximum epsilon at {@code delta}; charges nothing.
     */
    void checkPlanned(String dataset, String study, RdpCurve planned, double delta);

    /** Records {@code cost} against {@code dataset}, or refuses it when it would pass the maximum. */
    void charge(String dataset, String release, RdpCurve cost, double delta);

    /** No maximum and no record: for computations outside a site (tests, local runs). */
    static PrivacyBudget unlimited() {
        return new PrivacyBudget() {
            @Override
            public OptionalDouble maxEpsilon() {
                return OptionalDouble.empty();
            }

            @Override
            public void checkPlanned(String dataset, String study, RdpCurve planned, double delta) {}

            @Override
            public void charge(String dataset, String release, RdpCurve cost, double delta) {}
        };
    }
}
