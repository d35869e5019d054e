package org.precis.molecular.pam50;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.table.CsvSeparator;
import org.precis.testing.SampleData;

/**
 * Precis' PAM50 against genefu 2.39.1 on the shared vdxs and nkis sets: calls equal, correlations,
 * probabilities and ROR-S within {@link #UNIT_TOLERANCE} and {@link #ROR_S_TOLERANCE}. Golden values from
 * {@code src/test/resources/reference/make_pam50_reference.sh}.
 */
class Pam50GenefuTest {

    /*
     * Measured (2026-12-06, this machine): correlations, probabilities and ROR-S bit-identical to
     * genefu on both sets (worst difference 0; the test prints it). The bounds leave a few ulps for a
     * runtime whose extended-precision arithmetic rounds differently: 1e-15 on values in [-1, 1], 1e-13
     * on ROR-S (0 to 100). Far inside the 1e-12.
     */
    static final double UNIT_TOLERANCE = 1e-15;
    static final double ROR_S_TOLERANCE = 1e-13;

    @ParameterizedTest
    @ValueSource(strings = {"vdxs", "nkis"})
    void callsSubtypesAndRorSAsGenefu(String set) throws IOException {
        Path dir = SampleData.path("samples/expression");
        agreesWithGenefu(
                set,
                dir.resolve("genefu_" + set + "_expression.csv"),
                dir.resolve("genefu_" + set + "_annotation.csv"));
    }

    /**
     * Synthetic tables of genefu's edge cases (see make_pam50_edge_cases.R): probe ties, all-missing
     * probes, samples with 3 and 4 values, no rank variation, many ties; and a table with 95% of its
     * values missing, on which genefu calls nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"edges", "sparse"})
    void handlesGenefusEdgeCasesAsGenefu(String set) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass()
                        .getResource("/reference/" + set + "_expression.csv")
                        .toURI())
                .getParent();
        agreesWithGenefu(set, dir.resolve(set + "_expression.csv"), dir.resolve(set + "_annotation.csv"));
    }

    private static void agreesWithGenefu(String set, Path expression, Path annotationFile) throws IOException {
        ProbeAnnotation annotation = ProbeAnnotation.read(annotationFile, CsvSeparator.AUTO);
        Pam50Result result = new Pam50Subtyping(Pam50Centroids.genefu(), Pam50Subtyping.DEFAULT_MINIMUM_GENES)
                .run(new ExpressionCsv(CsvSeparator.AUTO), expression, annotation);
        List<GenefuReference.Row> rows =
                GenefuReference.load(set + "_pam50_genefu.csv").rows();
        assertThat(result.calls()).hasSize(rows.size());
        double worstCor = 0;
        double worstProb = 0;
        double worstRor = 0;
        for (int i = 0; i < rows.size(); i++) {
            GenefuReference.Row row = rows.get(i);
            Pam50Call call = result.calls().get(i);
            RorS ror = result.rorS().get(i);
            assertThat(call.sample()).isEqualTo(row.sample());
            assertThat(call.subtype().map(Pam50Subtype::label).orElse("NA"))
                    .as(row.sample())
                    .isEqualTo(row.subtype());
            assertThat(ror.risk().map(RorSRisk::label).orElse("NA"))
                    .as(row.sample())
                    .isEqualTo(row.risk());
            for (int k = 0; k < 5; k++) {
                worstCor = Math.max(worstCor, difference(call.correlations()[k], row.correlations()[k]));
                worstProb = Math.max(worstProb, difference(call.probabilities()[k], row.probabilities()[k]));
            }
            worstRor = Math.max(worstRor, difference(ror.score(), row.rorS()));
        }
        System.out.printf(
                "%s: %d samples, %d genes mapped; worst |difference| to genefu: correlations %.3g, probabilities %.3g, ROR-S %.3g%n",
                set, rows.size(), result.mapping().size(), worstCor, worstProb, worstRor);
        assertThat(worstCor).isLessThanOrEqualTo(UNIT_TOLERANCE);
        assertThat(worstProb).isLessThanOrEqualTo(UNIT_TOLERANCE);
        assertThat(worstRor).isLessThanOrEqualTo(ROR_S_TOLERANCE);
    }

    /** 0 when both are NA; infinite when only one is. */
    static double difference(double precis, double genefu) {
        if (Double.isNaN(precis) || Double.isNaN(genefu)) {
            return Double.isNaN(precis) && Double.isNaN(genefu) ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(precis - genefu);
    }
}
