package org.precis.clinical.tnm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every T x N x M combination of both editions against the published stage-group lists, written
 * out here as the sources print them (one line per stage, "Any T Any N" for the M1 rows) and
 * independently of the grids in StageTable.
 */
class PublishedStageTablesTest {
    /** AJCC/UICC 8th edition (Goldstraw et al., J Thorac Oncol 2016;11:39-51; AJCC Cancer Staging Manual, 8th edition). */
    private static final String EIGHTH = """
            Occult carcinoma: TX N0 M0
            0: Tis N0 M0
            IA1: T1mi N0 M0; T1a N0 M0
            IA2: T1b N0 M0
            IA3: T1c N0 M0
            IB: T2a N0 M0
            IIA: T2b N0 M0
            IIB: T1a N1 M0; T1b N1 M0; T1c N1 M0; T2a N1 M0; T2b N1 M0; T3 N0 M0
            IIIA: T1a N2 M0; T1b N2 M0; T1c N2 M0; T2a N2 M0; T2b N2 M0; T3 N1 M0; T4 N0 M0; T4 N1 M0
            IIIB: T1a N3 M0; T1b N3 M0; T1c N3 M0; T2a N3 M0; T2b N3 M0; T3 N2 M0; T4 N2 M0
            IIIC: T3 N3 M0; T4 N3 M0
            IVA: Any T Any N M1a; Any T Any N M1b
            IVB: Any T Any N M1c
            """;

    /** UICC 9th edition (Rami-Porta et al., J Thorac Oncol 2024;19:1007-1027). */
    private static final String NINTH = """
            Occult carcinoma: TX N0 M0
            0: Tis N0 M0
            IA1: T1mi N0 M0; T1a N0 M0
            IA2: T1b N0 M0
            IA3: T1c N0 M0
            IB: T2a N0 M0
            IIA: T2b N0 M0; T1a N1 M0; T1b N1 M0; T1c N1 M0
            IIB: T2a N1 M0; T2b N1 M0; T3 N0 M0; T1a N2a M0; T1b N2a M0; T1c N2a M0
            IIIA: T4 N0 M0; T3 N1 M0; T4 N1 M0; T2a N2a M0; T2b N2a M0; T3 N2a M0; T1a N2b M0; T1b N2b M0; T1c N2b M0
            IIIB: T4 N2a M0; T2a N2b M0; T2b N2b M0; T3 N2b M0; T4 N2b M0; T1a N3 M0; T1b N3 M0; T1c N3 M0; T2a N3 M0; T2b N3 M0
            IIIC: T3 N3 M0; T4 N3 M0
            IVA: Any T Any N M1a; Any T Any N M1b
            IVB: Any T Any N M1c1; Any T Any N M1c2
            """;

    private static final Set<String> EIGHTH_N = Set.of("NX", "N0", "N1", "N2", "N3");
    private static final Set<String> NINTH_N = Set.of("NX", "N0", "N1", "N2a", "N2b", "N3");
    private static final Set<String> EIGHTH_M = Set.of("M0", "M1a", "M1b", "M1c");
    private static final Set<String> NINTH_M = Set.of("M0", "M1a", "M1b", "M1c1", "M1c2");

    @Test
    void everyEighthEditionCombinationMatchesThePublishedTable() {
        assertThat(checkAll(TnmEdition.EIGHTH, EIGHTH, EIGHTH_N, EIGHTH_M)).isEqualTo(31 + 3 * 11 * 5);
    }

    @Test
    void everyNinthEditionCombinationMatchesThePublishedTable() {
        assertThat(checkAll(TnmEdition.NINTH, NINTH, NINTH_N, NINTH_M)).isEqualTo(38 + 4 * 11 * 6);
    }

    /** @return how many combinations had a stage */
    private static int checkAll(TnmEdition edition, String published, Set<String> nOfEdition, Set<String> mOfEdition) {
        Map<String, String> table = parse(published, nOfEdition);
        LungStaging staging = new LungStaging(edition);
        int staged = 0;
        int checked = 0;
        for (TCategory t : TCategory.values()) {
            for (NCategory n : NCategory.values()) {
                for (MCategory m : MCategory.values()) {
                    checked++;
                    String key = t.label() + " " + n.label() + " " + m.label();
                    String expected = table.get(key);
                    if (expected != null) {
                        LungStageGrouping grouping = staging.stage(t, n, m);
                        assertThat(grouping.stage().label())
                                .as(edition + " " + key)
                                .isEqualTo(expected);
                        assertThat(grouping.edition()).isEqualTo(edition);
                        assertThat(grouping.describe()).contains(edition.label());
                        staged++;
                    } else {
                        String category = !nOfEdition.contains(n.label())
                                ? n.label()
                                : !mOfEdition.contains(m.label()) ? m.label() : n == NCategory.NX ? "NX" : t.label();
                        assertThatThrownBy(() -> staging.stage(t, n, m))
                                .as(edition + " " + key)
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining(edition.label())
                                .hasMessageContaining(category);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(11 * 7 * 6);
        return staged;
    }

    /** "Stage: T N M; T N M" lines into "T N M" -> stage, "Any T Any N" expanded. */
    private static Map<String, String> parse(String published, Set<String> nOfEdition) {
        Map<String, String> table = new HashMap<>();
        for (String line : published.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            String stage = parts[0].strip();
            for (String entry : parts[1].split(";")) {
                String e = entry.strip();
                if (e.startsWith("Any T Any N ")) {
                    String m = e.substring("Any T Any N ".length());
                    for (TCategory t : TCategory.values()) {
                        for (String n : nOfEdition) {
                            assertThat(table.put(t.label() + " " + n + " " + m, stage))
                                    .isNull();
                        }
                    }
                } else {
                    assertThat(table.put(e, stage)).as("listed twice: " + e).isNull();
                }
            }
        }
        return table;
    }

    @Test
    void ninthEditionMovesTheN2RowsAsPublished() {
        LungStaging ninth = new LungStaging(TnmEdition.NINTH);
        for (TCategory t1 : List.of(TCategory.T1A, TCategory.T1B, TCategory.T1C)) {
            assertThat(ninth.stage(t1, NCategory.N2A, MCategory.M0).stage()).isEqualTo(LungStage.IIB);
            assertThat(ninth.stage(t1, NCategory.N2B, MCategory.M0).stage()).isEqualTo(LungStage.IIIA);
            assertThat(ninth.stage(t1, NCategory.N1, MCategory.M0).stage()).isEqualTo(LungStage.IIA);
        }
        for (TCategory t2 : List.of(TCategory.T2A, TCategory.T2B)) {
            assertThat(ninth.stage(t2, NCategory.N2A, MCategory.M0).stage()).isEqualTo(LungStage.IIIA);
            assertThat(ninth.stage(t2, NCategory.N2B, MCategory.M0).stage()).isEqualTo(LungStage.IIIB);
        }
        assertThat(ninth.stage(TCategory.T3, NCategory.N2A, MCategory.M0).stage())
                .isEqualTo(LungStage.IIIA);
        assertThat(ninth.stage(TCategory.T3, NCategory.N2B, MCategory.M0).stage())
                .isEqualTo(LungStage.IIIB);
        assertThat(ninth.stage(TCategory.T4, NCategory.N2A, MCategory.M0).stage())
                .isEqualTo(LungStage.IIIB);
        assertThat(ninth.stage(TCategory.T4, NCategory.N2B, MCategory.M0).stage())
                .isEqualTo(LungStage.IIIB);
        assertThat(ninth.stage(TCategory.T2A, NCategory.N0, MCategory.M1C1).stage())
                .isEqualTo(LungStage.IVB);
        assertThat(ninth.stage(TCategory.TX, NCategory.NX, MCategory.M1C2).stage())
                .isEqualTo(LungStage.IVB);
    }

    @Test
    void categoriesOfTheOtherEditionAreRefusedByName() {
        assertThatThrownBy(() -> new LungStaging(TnmEdition.NINTH).stage(TCategory.T1A, NCategory.N2, MCategory.M0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("N2 is not")
                .hasMessageContaining("9th edition");
        assertThatThrownBy(() -> new LungStaging(TnmEdition.NINTH).stage(TCategory.T1A, NCategory.N0, MCategory.M1C))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("M1c is not")
                .hasMessageContaining("9th edition");
        for (NCategory n : List.of(NCategory.N2A, NCategory.N2B)) {
            assertThatThrownBy(() -> new LungStaging(TnmEdition.EIGHTH).stage(TCategory.T2A, n, MCategory.M0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(n.label() + " is not")
                    .hasMessageContaining("8th edition");
        }
        for (MCategory m : List.of(MCategory.M1C1, MCategory.M1C2)) {
            assertThatThrownBy(() -> new LungStaging(TnmEdition.EIGHTH).stage(TCategory.T2A, NCategory.N0, m))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(m.label() + " is not")
                    .hasMessageContaining("8th edition");
        }
        assertThatThrownBy(() -> new LungStaging(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LungStaging(TnmEdition.EIGHTH).stage(null, NCategory.N0, MCategory.M0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8th edition");
    }

    @Test
    void tablesKnowTheirEditionsCategories() {
        assertThat(TnmEdition.EIGHTH.stageTable().nCategories().stream()
                        .map(NCategory::label)
                        .collect(Collectors.toSet()))
                .isEqualTo(EIGHTH_N);
        assertThat(TnmEdition.NINTH.stageTable().mCategories().stream()
                        .map(MCategory::label)
                        .collect(Collectors.toSet()))
                .isEqualTo(NINTH_M);
        assertThat(Arrays.stream(TnmEdition.values())
                        .map(e -> e.stageTable().edition())
                        .toList())
                .containsExactly(TnmEdition.EIGHTH, TnmEdition.NINTH);
    }
}
