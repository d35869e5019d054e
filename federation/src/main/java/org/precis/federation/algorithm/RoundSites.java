package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The sites whose sums a multi-round study has used, kept in the round parameters: every round
 * of one fit must sum the same sites (a Newton step on other sites' sums would mix two pooled
 * data sets), so a site that drops out after the first round fails the study rather than bend it.
 */
final class RoundSites {
    private static final String FIELD = "sites";

    private RoundSites() {}

    /** Why this round's sites differ from the earlier rounds', if they do. */
    static Optional<String> changed(JsonNode params, List<String> sites) {
        JsonNode earlier = params.get(FIELD);
        if (earlier == null) {
            return Optional.empty();
        }
        List<String> before = new ArrayList<>();
        earlier.forEach(s -> before.add(s.asText()));
        if (new TreeSet<>(before).equals(new TreeSet<>(sites))) {
            return Optional.empty();
        }
        return Optional.of("the sites summed changed between rounds, from " + before + " to " + sites
                + "; a study's rounds must all pool the same sites");
    }

    /** Records the sites in the next round's parameters. */
    static void record(ObjectNode next, List<String> sites) {
        ArrayNode a = next.putArray(FIELD);
        sites.forEach(a::add);
    }
}
