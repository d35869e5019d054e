package org.precis.clinical.npi;

import org.precis.clinical.ImplausibleValueException;

/** Lymph-node stage of the Nottingham Prognostic Index (from the number of involved nodes). */
public enum NodeStage {
    /** Stage 1: no involved nodes. */
    NODE_NEGATIVE(1),
    /** Stage 2: 1-3 involved nodes. */
    ONE_TO_THREE_NODES(2),
    /** Stage 3: 4 or more involved nodes. */
    FOUR_OR_MORE_NODES(3);

    /**
     * The most involved nodes a patient plausibly has: an axillary clearance yields some 10 to 40
     * nodes, rarely more than 50; a larger count is a typing slip.
     */
    public static final int MAX_POSITIVE_NODES = 60;

    private final int score;

    NodeStage(int score) {
        this.score = score;
    }

    /** The points this stage adds to the index: 1, 2 or 3. */
    public int score() {
        return score;
    }

    /** The stage for a count of involved (positive) lymph nodes. */
    public static NodeStage ofPositiveNodes(int positiveNodes) {
        if (positiveNodes < 0 || positiveNodes > MAX_POSITIVE_NODES) {
            throw new ImplausibleValueException(
                    "number of positive lymph nodes must be in 0.." + MAX_POSITIVE_NODES + ", was " + positiveNodes);
        }
        if (positiveNodes == 0) {
            return NODE_NEGATIVE;
        }
        return positiveNodes <= 3 ? ONE_TO_THREE_NODES : FOUR_OR_MORE_NODES;
    }
}
