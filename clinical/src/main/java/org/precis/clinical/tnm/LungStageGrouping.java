package org.precis.clinical.tnm;

/**
 * A stage group with what it was grouped from: the edition and the T, N and M categories.
 */
public record LungStageGrouping(TnmEdition edition, TCategory t, NCategory n, MCategory m, LungStage stage) {
    public LungStageGrouping {
        if (edition == null || t == null || n == null || m == null || stage == null) {
            throw new IllegalArgumentException("edition, T, N, M and stage are all required");
        }
    }

    /** E.g. "T1b N2a M0: stage IIB (9th edition)". */
    public String describe() {
        return t.label() + " " + n.label() + " " + m.label() + ": stage " + stage.label() + " (" + edition.label()
                + ")";
    }
}
