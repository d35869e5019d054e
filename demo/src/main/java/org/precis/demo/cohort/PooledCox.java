package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;

/** The single-machine Cox design a federated Cox study's parameters describe, for the pooled rows. */
final class PooledCox {
    private PooledCox() {}

    /** time, event (and event value), covariates, each categorical covariate's first level as reference. */
    static DesignSpec.Builder design(JsonNode p) {
        DesignSpec.Builder spec = CoxDesign.builder().time(p.get("time").asText());
        p.get("covariates").forEach(c -> spec.covariates(c.asText()));
        if (p.hasNonNull("event_value")) {
            spec.event(p.get("event").asText(), p.get("event_value").asDouble());
        } else {
            spec.event(p.get("event").asText());
        }
        p.path("levels")
                .fields()
                .forEachRemaining(
                        e -> spec.reference(e.getKey(), e.getValue().get(0).asText()));
        return spec;
    }

    static Ties ties(JsonNode p) {
        return p.path("ties").asText("efron").equals("breslow") ? Ties.BRESLOW : Ties.EFRON;
    }
}
