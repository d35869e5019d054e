package org.precis.cells.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.CellClass;
import org.precis.clinical.grade.GradeScores;

class GradeComponentsTest {

    /**
     * A 400 x 400 µm field whose tumour nuclei sit one per 25 µm grid square (so its tumour area is
     * the whole field, 0.16 mm²), {@code mitoses} of them mitotic, plus non-tumour nuclei.
     */
    private static GradingField field(
            String name, int mitoses, double tumourArea, double otherArea, Optional<List<Lumen>> lumens) {
        List<GradedNucleus> nuclei = new ArrayList<>();
        int placed = 0;
        for (int gy = 0; gy < 16; gy++) {
            for (int gx = 0; gx < 16; gx++) {
                CellClass k = placed < mitoses ? CellClass.MITOSIS : CellClass.TUMOR;
                double area = tumourArea * (1 + 0.1 * ((gx + gy) % 3 - 1));
                nuclei.add(new GradedNucleus(gx * 25 + 12.5, gy * 25 + 12.5, k, OptionalDouble.of(area)));
                placed++;
            }
        }
        for (int i = 0; i < 10; i++) {
            nuclei.add(new GradedNucleus(5 + i * 30, 5, CellClass.NON_TUMOR, OptionalDouble.of(otherArea)));
        }
        return new GradingField(name, 400, 400, nuclei, lumens);
    }

    @Test
    void countsMitosesPerSquareMillimetreAndPerTenFieldsOfTheStatedDiameter() {
        GradeSettings settings = new GradeSettings(0.50, 25, 100, 0.95);
        List<GradingField> fields =
                List.of(field("a", 2, 30, 20, Optional.empty()), field("b", 0, 30, 20, Optional.empty()));

        GradeAssessment a = new GradeComponents(settings).assess(fields, new SplittableRandom(1));

        MitoticActivity m = a.mitoticActivity();
        assertThat(m.mitoses()).isEqualTo(2);
        assertThat(m.tumourAreaMm2()).isCloseTo(0.32, within(1e-12));
        assertThat(m.perMm2()).isCloseTo(2 / 0.32, within(1e-9));
        double tenFields = 10 * Math.PI * 0.25 * 0.25;
        assertThat(m.countPer10Hpf()).isCloseTo(2 / 0.32 * tenFields, within(1e-9));
        // The whole tumour (0.32 mm²) is less than 10 fields (1.96 mm²): the hot spot is all of it, scaled.
        assertThat(m.hotSpotShortOfTenFields()).isTrue();
        assertThat(m.hotSpotCountPer10Hpf()).isCloseTo(m.countPer10Hpf(), within(1e-9));
        assertThat(m.score()).isEqualTo(MitoticScoreTable.forDiameter(0.5).score((int) Math.round(m.countPer10Hpf())));
        assertThat(a.researchUse()).isEqualTo("research use only, not a diagnosis");
    }

    @Test
    void theHotSpotIsTheDensestTenFieldsWhenTheTumourIsLarger() {
        // Fields of 400 x 400 µm: 0.16 mm² each; with a 0.40 mm field, 10 fields are 1.257 mm², about 7.9 blocks.
        List<GradingField> fields = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fields.add(field("f" + i, i < 8 ? 10 : 0, 30, 20, Optional.empty()));
        }
        GradeAssessment a =
                new GradeComponents(new GradeSettings(0.40, 25, 50, 0.95)).assess(fields, new SplittableRandom(2));

        MitoticActivity m = a.mitoticActivity();
        assertThat(m.hotSpotShortOfTenFields()).isFalse();
        double tenFields = 10 * Math.PI * 0.2 * 0.2;
        assertThat(m.hotSpotAreaMm2()).isCloseTo(tenFields, within(1e-9));
        // The 7.85 blocks of the hot spot all come from the busy fields: 10 mitoses per 0.16 mm².
        assertThat(m.hotSpotPerMm2()).isCloseTo(10 / 0.16, within(1e-9));
        assertThat(m.countPer10Hpf()).isCloseTo(80 / 3.2 * tenFields, within(1e-9));
        assertThat(m.score()).isEqualTo(3);
    }

    @Test
    void sumsTheScoresToTheGradeThroughTheClinicalModule() {
        // Tumour nuclei 2.5x the non-tumour area: pleomorphism 3; no lumina found: tubules 0% -> 3;
        // 20 mitoses in 0.16 mm² -> hot spot far above 15 per 10 fields of 0.50 mm -> 3.
        List<Lumen> none = List.of();
        GradeAssessment a = new GradeComponents(new GradeSettings(0.50, 25, 200, 0.95))
                .assess(List.of(field("a", 20, 50, 20, Optional.of(none))), new SplittableRandom(3));

        assertThat(a.pleomorphism().orElseThrow().score()).isEqualTo(3);
        assertThat(a.tubules().orElseThrow().percent()).isZero();
        assertThat(a.tubules().orElseThrow().score()).isEqualTo(3);
        assertThat(a.mitoticActivity().score()).isEqualTo(3);
        assertThat(a.grade().orElseThrow()).isEqualTo(new GradeScores(3, 3, 3).grade());
        assertThat(a.grade().orElseThrow().number()).isEqualTo(3);
        assertThat(a.possibleGrades()).containsExactly(3);
        assertThat(a.gradeProbabilities()).containsExactly(0, 0, 1);
    }

    @Test
    void lowComponentsGiveGradeOneAndLuminaGiveTubules() {
        // Lumina covering most of the tumour: 9 lumina of 1500 µm² -> glands of radius 31.9 µm each.
        List<Lumen> lumina = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                lumina.add(new Lumen(70 + 130 * i, 70 + 130 * j, 1500));
            }
        }
        GradeAssessment a = new GradeComponents(new GradeSettings(0.50, 25, 200, 0.95))
                .assess(List.of(field("a", 0, 22, 20, Optional.of(lumina))), new SplittableRandom(4));

        double glandRadius = Math.sqrt(1500 / Math.PI) + GradingBlocks.EPITHELIUM_UM;
        double percent = 100 * 9 * Math.PI * glandRadius * glandRadius / 160_000;
        assertThat(a.tubules().orElseThrow().percent()).isCloseTo(percent, within(1e-9));
        assertThat(a.tubules().orElseThrow().score()).isEqualTo(TubuleFormation.score(percent));
        assertThat(a.pleomorphism().orElseThrow().score()).isEqualTo(1);
        assertThat(a.mitoticActivity().score()).isEqualTo(1);
        int tubuleScore = TubuleFormation.score(percent);
        assertThat(a.grade().orElseThrow()).isEqualTo(new GradeScores(tubuleScore, 1, 1).grade());
    }

    @Test
    void withoutLuminaTheGradeIsLeftOpenWithThePossibleGrades() {
        GradeAssessment a = new GradeComponents(new GradeSettings(0.50, 25, 50, 0.95))
                .assess(List.of(field("a", 20, 50, 20, Optional.empty())), new SplittableRandom(5));

        assertThat(a.tubules()).isEmpty();
        assertThat(a.tubulesMissing().orElseThrow()).contains("lumina");
        assertThat(a.grade()).isEmpty();
        // Pleomorphism 3 + mitoses 3 + tubules 1..3 = 7..9: grade 2 or 3.
        assertThat(a.possibleGrades()).containsExactly(2, 3);
    }

    @Test
    void tubulePercentagesScoreAsPublished() {
        assertThat(TubuleFormation.score(100)).isEqualTo(1);
        assertThat(TubuleFormation.score(75.01)).isEqualTo(1);
        assertThat(TubuleFormation.score(75)).isEqualTo(2);
        assertThat(TubuleFormation.score(10)).isEqualTo(2);
        assertThat(TubuleFormation.score(9.99)).isEqualTo(3);
        assertThat(TubuleFormation.score(0)).isEqualTo(3);
        assertThatThrownBy(() -> TubuleFormation.score(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBootstrapIsDeterminedByTheGeneratorPassedIn() {
        List<GradingField> fields = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fields.add(field("f" + i, i % 4, 30 + i, 20, Optional.of(List.of())));
        }
        GradeComponents components = new GradeComponents(new GradeSettings(0.50, 25, 300, 0.95));

        GradeAssessment first = components.assess(fields, new SplittableRandom(42));
        GradeAssessment again = components.assess(fields, new SplittableRandom(42));
        GradeAssessment other = components.assess(fields, new SplittableRandom(43));

        assertThat(again.mitoticUncertainty()).usingRecursiveComparison().isEqualTo(first.mitoticUncertainty());
        assertThat(again.gradeProbabilities()).containsExactly(first.gradeProbabilities());
        assertThat(other.mitoticUncertainty().scoreProbabilities())
                .isNotEqualTo(first.mitoticUncertainty().scoreProbabilities());
        double[] p = first.mitoticUncertainty().scoreProbabilities();
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-9));
        assertThat(first.mitoticUncertainty().lower())
                .isLessThanOrEqualTo(first.mitoticActivity().hotSpotCountPer10Hpf());
        assertThat(first.mitoticUncertainty().upper())
                .isGreaterThanOrEqualTo(first.mitoticActivity().hotSpotCountPer10Hpf());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        GradeComponents components = new GradeComponents(GradeSettings.standard(0.5));
        List<GradedNucleus> onlyLymphocytes =
                List.of(new GradedNucleus(10, 10, CellClass.NON_TUMOR, OptionalDouble.of(20)));
        assertThatThrownBy(() -> components.assess(
                        List.of(new GradingField("x", 100, 100, onlyLymphocytes, Optional.empty())),
                        new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no tumour");
        assertThatThrownBy(() -> components.assess(List.of(), new SplittableRandom(1)))
                .hasMessageContaining("no fields");
        assertThatThrownBy(() -> new GradingField("zero", 0, 100, List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> GradeSettings.standard(2.0)).hasMessageContaining("field diameter");
        assertThatThrownBy(() -> GradeSettings.standard(0.05)).hasMessageContaining("field diameter");
        assertThatThrownBy(() -> new GradedNucleus(1, 1, CellClass.TUMOR, OptionalDouble.of(-3)))
                .hasMessageContaining("positive");
    }

    @Test
    void pleomorphismNeedsEnoughMeasuredNuclei() {
        List<GradedNucleus> points = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            points.add(new GradedNucleus(i * 10, 10, CellClass.TUMOR, OptionalDouble.empty()));
        }
        GradeAssessment a = new GradeComponents(new GradeSettings(0.5, 25, 20, 0.95))
                .assess(
                        List.of(new GradingField("points", 400, 100, points, Optional.empty())),
                        new SplittableRandom(1));
        assertThat(a.pleomorphism()).isEmpty();
        assertThat(a.pleomorphismMissing().orElseThrow()).contains("at least 10 tumour nuclei");
        assertThat(a.possibleGrades()).isNotEmpty();
    }
}
