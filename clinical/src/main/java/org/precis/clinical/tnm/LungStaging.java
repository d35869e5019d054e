package org.precis.clinical.tnm;

/** Groups lung cancer T, N and M categories into a stage by the rules of a chosen edition. */
public final class LungStaging {
    private final TnmEdition edition;
    private final StageTable table;

    public LungStaging(TnmEdition edition) {
        if (edition == null) {
            throw new IllegalArgumentException("TNM edition must be given: stage groups differ between editions");
        }
        this.edition = edition;
        this.table = edition.stageTable();
    }

    public TnmEdition edition() {
        return edition;
    }

    /**
     * @throws IllegalArgumentException naming the edition and the category when the combination
     *                                  is not in the edition's published table
     */
    public LungStageGrouping stage(TCategory t, NCategory n, MCategory m) {
        if (t == null || n == null || m == null) {
            throw new IllegalArgumentException("T, N and M categories are all required for " + edition.label()
                    + " staging (got " + t + ", " + n + ", " + m + ")");
        }
        return new LungStageGrouping(edition, t, n, m, table.stage(t, n, m));
    }
}
