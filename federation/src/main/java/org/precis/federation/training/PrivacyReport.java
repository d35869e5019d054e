package org.precis.federation.training;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.precis.federation.privacy.PrivacySpent;

/** The privacy a study has spent (or plans to), as it appears in its rounds' parameters and result. */
final class PrivacyReport {
    private PrivacyReport() {}

    static ObjectNode json(PrivacySpent spent, int trainingRounds) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("epsilon", spent.epsilon());
        out.put("delta", spent.delta());
        out.put("rdp_order", spent.order());
        out.put("training_rounds", trainingRounds);
        out.put(
                "guarantee",
                "sample-level (epsilon, delta)-DP of each training patch at every site, add/remove"
                        + " one patch, against everyone who sees the secure sums (Renyi DP accountant)");
        return out;
    }
}
