package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;

/** What the coordinator does after a round: another round, a result, or a failure with its reason. */
public sealed interface RoundOutcome {
    /** Ask the sites again. */
    record NextRound(RoundRequest request) implements RoundOutcome {}

    /** The study's result, as JSON in the shape the matching single-machine command prints. */
    record Finished(JsonNode result) implements RoundOutcome {}

    /** The study cannot finish; the reason is for the researcher and the log. */
    record Failed(String reason) implements RoundOutcome {}
}
