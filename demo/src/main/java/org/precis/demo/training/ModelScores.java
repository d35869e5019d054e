package org.precis.demo.training;

import java.util.Map;
import org.precis.learn.patch.PatchEvaluation;

/**
 * One model's figures in the training comparison: on the held-out test patches, and on the
 * held-out patches of each other site than its own (a site-alone model's: the kind of patches it
 * never saw; the federated and pooled models': every site's).
 *
 * @param model its name ({@code federated}, {@code pooled}, {@code site-a alone}, ...)
 * @param test accuracy, macro AUC, Brier with bootstrap intervals on all held-out patches
 * @param otherSites accuracy on each site's held-out patches, by site (a site-alone model's own site left out)
 */
public record ModelScores(String model, PatchEvaluation test, Map<String, Double> otherSites) {
    public ModelScores {
        otherSites = Map.copyOf(otherSites);
    }
}
