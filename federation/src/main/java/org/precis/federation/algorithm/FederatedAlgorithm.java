package org.precis.federation.algorithm;

import org.precis.survival.data.SurvivalTable;

/**
 * A study algorithm split into the pure pieces the coordinator and the sites run.
 *
 * <p>The coordinator calls {@link #start} once, sends the request to every site, each site calls
 * {@link #compute} on its own table, the sites' vectors are summed securely, and the coordinator
 * calls {@link #aggregate} with that sum. This repeats until the outcome is {@link
 * RoundOutcome.Finished} or {@link RoundOutcome.Failed}.
 */
public interface FederatedAlgorithm {

    /** The name studies use to ask for this algorithm, e.g. {@code "cox-stratified"}. */
    String name();

    /** The first round's public request, built from the study's parameters. */
    RoundRequest start(StudyParameters parameters);

    /**
     * Site side: this site's aggregate for one round, a vector of {@link RoundRequest#vectorLength()}
     * values computed from the site's own rows. Throws {@link DisclosureException} when answering
     * would release a count below the site's minimum cell count.
     */
    LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules);

    /**
     * Site side, on everything the site holds: by default {@link #compute(RoundRequest,
     * SurvivalTable, DisclosureRules)} on its table; algorithms that learn from patch embeddings
     * override it.
     */
    default LocalAggregate compute(RoundRequest request, SiteData site, DisclosureRules rules) {
        return compute(request, site.table(), rules);
    }

    /** Coordinator side: the next round or the result, from the secure sum of the sites' vectors. */
    RoundOutcome aggregate(RoundRequest request, SecureSum sum);
}
