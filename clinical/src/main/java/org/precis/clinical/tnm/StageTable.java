package org.precis.clinical.tnm;

import static org.precis.clinical.tnm.LungStage.IA1;
import static org.precis.clinical.tnm.LungStage.IA2;
import static org.precis.clinical.tnm.LungStage.IA3;
import static org.precis.clinical.tnm.LungStage.IB;
import static org.precis.clinical.tnm.LungStage.IIA;
import static org.precis.clinical.tnm.LungStage.IIB;
import static org.precis.clinical.tnm.LungStage.IIIA;
import static org.precis.clinical.tnm.LungStage.IIIB;
import static org.precis.clinical.tnm.LungStage.IIIC;
import static org.precis.clinical.tnm.LungStage.IVA;
import static org.precis.clinical.tnm.LungStage.IVB;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One edition's lung cancer stage groups as data: a T &times; N grid for M0 and one stage per M1
 * category (any T, any N). Combinations outside the grid are not stage groups of the edition.
 */
public final class StageTable {
    private final TnmEdition edition;
    private final Set<NCategory> nCategories;
    private final Set<MCategory> mCategories;
    private final Map<TCategory, Map<NCategory, LungStage>> withoutMetastasis;
    private final Map<MCategory, LungStage> metastatic;

    private StageTable(
            TnmEdition edition,
            Set<NCategory> nCategories,
            Set<MCategory> mCategories,
            Map<TCategory, Map<NCategory, LungStage>> withoutMetastasis,
            Map<MCategory, LungStage> metastatic) {
        this.edition = edition;
        this.nCategories = Collections.unmodifiableSet(EnumSet.copyOf(nCategories));
        this.mCategories = Collections.unmodifiableSet(EnumSet.copyOf(mCategories));
        Map<TCategory, Map<NCategory, LungStage>> grid = new EnumMap<>(TCategory.class);
        withoutMetastasis.forEach((t, row) -> grid.put(t, Collections.unmodifiableMap(new EnumMap<>(row))));
        this.withoutMetastasis = Collections.unmodifiableMap(grid);
        this.metastatic = Collections.unmodifiableMap(new EnumMap<>(metastatic));
    }

    /**
     * 8th edition (Goldstraw et al. 2016; AJCC/UICC 8th edition): N0, N1, N2, N3; M1a and M1b
     * stage IVA, M1c stage IVB.
     */
    static StageTable eighthEdition() {
        Grid g = new Grid(NCategory.N0, NCategory.N1, NCategory.N2, NCategory.N3);
        g.only(TCategory.TX, NCategory.N0, LungStage.OCCULT_CARCINOMA);
        g.only(TCategory.TIS, NCategory.N0, LungStage.STAGE_0);
        g.only(TCategory.T1MI, NCategory.N0, IA1);
        //           N0    N1    N2    N3
        g.row(TCategory.T1A, IA1, IIB, IIIA, IIIB);
        g.row(TCategory.T1B, IA2, IIB, IIIA, IIIB);
        g.row(TCategory.T1C, IA3, IIB, IIIA, IIIB);
        g.row(TCategory.T2A, IB, IIB, IIIA, IIIB);
        g.row(TCategory.T2B, IIA, IIB, IIIA, IIIB);
        g.row(TCategory.T3, IIB, IIIA, IIIB, IIIC);
        g.row(TCategory.T4, IIIA, IIIA, IIIB, IIIC);
        Map<MCategory, LungStage> m = new EnumMap<>(MCategory.class);
        m.put(MCategory.M1A, IVA);
        m.put(MCategory.M1B, IVA);
        m.put(MCategory.M1C, IVB);
        return new StageTable(
                TnmEdition.EIGHTH,
                EnumSet.of(NCategory.NX, NCategory.N0, NCategory.N1, NCategory.N2, NCategory.N3),
                EnumSet.of(MCategory.M0, MCategory.M1A, MCategory.M1B, MCategory.M1C),
                g.cells,
                m);
    }

    /**
     * 9th edition (Rami-Porta et al. 2024; UICC 9th edition from 1 January 2025): N2 split into
     * N2a and N2b, M1c into M1c1 and M1c2. Besides the N2a/N2b rows, T1 N1 moves from IIB to IIA.
     */
    static StageTable ninthEdition() {
        Grid g = new Grid(NCategory.N0, NCategory.N1, NCategory.N2A, NCategory.N2B, NCategory.N3);
        g.only(TCategory.TX, NCategory.N0, LungStage.OCCULT_CARCINOMA);
        g.only(TCategory.TIS, NCategory.N0, LungStage.STAGE_0);
        g.only(TCategory.T1MI, NCategory.N0, IA1);
        //           N0    N1    N2a   N2b   N3
        g.row(TCategory.T1A, IA1, IIA, IIB, IIIA, IIIB);
        g.row(TCategory.T1B, IA2, IIA, IIB, IIIA, IIIB);
        g.row(TCategory.T1C, IA3, IIA, IIB, IIIA, IIIB);
        g.row(TCategory.T2A, IB, IIB, IIIA, IIIB, IIIB);
        g.row(TCategory.T2B, IIA, IIB, IIIA, IIIB, IIIB);
        g.row(TCategory.T3, IIB, IIIA, IIIA, IIIB, IIIC);
        g.row(TCategory.T4, IIIA, IIIA, IIIB, IIIB, IIIC);
        Map<MCategory, LungStage> m = new EnumMap<>(MCategory.class);
        m.put(MCategory.M1A, IVA);
        m.put(MCategory.M1B, IVA);
        m.put(MCategory.M1C1, IVB);
        m.put(MCategory.M1C2, IVB);
        return new StageTable(
                TnmEdition.NINTH,
                EnumSet.of(NCategory.NX, NCategory.N0, NCategory.N1, NCategory.N2A, NCategory.N2B, NCategory.N3),
                EnumSet.of(MCategory.M0, MCategory.M1A, MCategory.M1B, MCategory.M1C1, MCategory.M1C2),
                g.cells,
                m);
    }

    public TnmEdition edition() {
        return edition;
    }

    /** The N categories this edition has (NX included). */
    public Set<NCategory> nCategories() {
        return nCategories;
    }

    /** The M categories this edition has. */
    public Set<MCategory> mCategories() {
        return mCategories;
    }

    LungStage stage(TCategory t, NCategory n, MCategory m) {
        if (!nCategories.contains(n)) {
            throw new IllegalArgumentException(n.label() + " is not an N category of the " + edition.label()
                    + " (its N categories: " + nCategories + ")");
        }
        if (!mCategories.contains(m)) {
            throw new IllegalArgumentException(m.label() + " is not an M category of the " + edition.label()
                    + " (its M categories: " + mCategories + ")");
        }
        if (m != MCategory.M0) {
            return metastatic.get(m); // any T, any N
        }
        if (n == NCategory.NX) {
            throw new IllegalArgumentException("NX M0 cannot be stage-grouped in the " + edition.label()
                    + ": without distant metastasis the stage depends on the nodes");
        }
        Map<NCategory, LungStage> row = withoutMetastasis.get(t);
        LungStage stage = row == null ? null : row.get(n);
        if (stage == null) {
            String why = row == null
                    ? t.label() + " M0 has no stage group"
                    : t.label() + " is grouped only with " + row.keySet() + " M0";
            throw new IllegalArgumentException(t.label() + " " + n.label() + " M0 is not in the " + edition.label()
                    + " stage table (" + why + ")");
        }
        return stage;
    }

    /** Builder for the M0 grid, one line of the published table at a time. */
    private static final class Grid {
        private final NCategory[] columns;
        private final Map<TCategory, Map<NCategory, LungStage>> cells = new EnumMap<>(TCategory.class);

        Grid(NCategory... columns) {
            this.columns = columns;
        }

        void row(TCategory t, LungStage... stages) {
            if (stages.length != columns.length) {
                throw new IllegalStateException(
                        "row " + t + " has " + stages.length + " stages for " + columns.length + " N columns");
            }
            Map<NCategory, LungStage> row = cells.computeIfAbsent(t, k -> new EnumMap<>(NCategory.class));
            for (int i = 0; i < columns.length; i++) {
                row.put(columns[i], stages[i]);
            }
        }

        void only(TCategory t, NCategory n, LungStage stage) {
            cells.computeIfAbsent(t, k -> new EnumMap<>(NCategory.class)).put(n, stage);
        }
    }
}
