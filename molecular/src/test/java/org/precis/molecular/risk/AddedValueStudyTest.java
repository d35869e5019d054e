package org.precis.molecular.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.molecular.pam50.Pam50Centroids;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50Subtyping;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
import org.precis.table.CsvSeparator;
import org.precis.testing.SampleData;

/**
 * Clinical (age, ER, grade) against clinical + ROR-S for distant-metastasis-free survival,
 * developed on one of vdxs and nkis and validated on the other, both ways; the likelihood-ratio
 * test and both Harrell's C against R's survival (make_added_value_reference.R).
 */
class AddedValueStudyTest {

    static SurvivalTable cohort(String set) throws IOException {
        Path dir = SampleData.path("samples/expression");
        ProbeAnnotation annotation =
                ProbeAnnotation.read(dir.resolve("genefu_" + set + "_annotation.csv"), CsvSeparator.AUTO);
        Pam50Result result = new Pam50Subtyping(Pam50Centroids.genefu(), Pam50Subtyping.DEFAULT_MINIMUM_GENES)
                .run(
                        new ExpressionCsv(CsvSeparator.AUTO),
                        dir.resolve("genefu_" + set + "_expression.csv"),
                        annotation);
        SurvivalTable clinical = SurvivalTable.readCsv(dir.resolve("genefu_" + set + "_clinical.csv"));
        return ClinicalPam50Join.join(clinical, "sample", result);
    }

    /** The row of added_value_survival.csv (make_added_value_reference.R) for a development cohort. */
    static String[] golden(String develop) throws IOException {
        try (var in = AddedValueStudyTest.class.getResourceAsStream("/reference/added_value_survival.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.split(","))
                    .filter(f -> f[0].equals(develop))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @ParameterizedTest
    @CsvSource({"vdxs,nkis", "nkis,vdxs"})
    void measuresWhatRorSAddsToAClinicalModel(String develop, String validate) throws IOException {
        DesignSpec base = CoxDesign.builder()
                .time("t.dmfs")
                .event("e.dmfs")
                .covariates("age", "er", "grade")
                .spec();
        DesignSpec extended = CoxDesign.builder()
                .time("t.dmfs")
                .event("e.dmfs")
                .covariates("age", "er", "grade", ClinicalPam50Join.ROR_S)
                .spec();
        SurvivalTable development = cohort(develop);
        AddedValue value = new AddedValueStudy(1000, new Random(15))
                .assess(
                        base,
                        extended,
                        development,
                        cohort(validate),
                        new ModelProvenance(
                                "0".repeat(64),
                                development.columnNames(),
                                "test",
                                LocalDate.of(2026, 12, 6).toString()));
        System.out.printf(
                "%s -> %s: development n=%d (%d events), LR %.17g on %d df, p=%.4f; validation n=%d: Harrell C %.17g -> %.17g,"
                        + " difference %.4f [%.4f, %.4f]; Uno C %.4f -> %.4f; slope %.3f -> %.3f%n",
                develop,
                validate,
                value.developmentSubjects(),
                value.developmentEvents(),
                value.likelihoodRatio(),
                value.degreesOfFreedom(),
                value.likelihoodRatioP(),
                value.base().subjects(),
                value.base().harrell().concordance(),
                value.extended().harrell().concordance(),
                value.harrellDifference(),
                value.differenceLower(),
                value.differenceUpper(),
                value.base().uno().concordance(),
                value.extended().uno().concordance(),
                value.base().slope().slope(),
                value.extended().slope().slope());
        String[] r = golden(develop);
        double lrRelative = Math.abs(value.likelihoodRatio() / Double.parseDouble(r[4]) - 1);
        double pDifference = Math.abs(value.likelihoodRatioP() - Double.parseDouble(r[5]));
        double cDifference = Math.max(
                Math.abs(value.base().harrell().concordance() - Double.parseDouble(r[7])),
                Math.abs(value.extended().harrell().concordance() - Double.parseDouble(r[8])));
        System.out.printf(
                "%s -> %s against R survival: LR relative %.3g, p %.3g, Harrell C %.3g%n",
                develop, validate, lrRelative, pDifference, cDifference);
        assertThat(value.developmentSubjects()).isEqualTo(Integer.parseInt(r[2]));
        assertThat(value.developmentEvents()).isEqualTo(Integer.parseInt(r[3]));
        assertThat(value.base().subjects()).isEqualTo(Integer.parseInt(r[6]));
        assertThat(value.degreesOfFreedom()).isEqualTo(1);
        assertThat(value.base().subjects()).isEqualTo(value.extended().subjects());
        // measured 2026-12-06: LR 7.1e-15 relative, p 1.6e-16, C 1.1e-16; bounds about 10x
        assertThat(lrRelative).isLessThan(1e-13);
        assertThat(pDifference).isLessThan(1e-14);
        assertThat(cDifference).isLessThan(1e-15);
        assertThat(value.differenceLower()).isLessThanOrEqualTo(value.differenceUpper());
    }
}
