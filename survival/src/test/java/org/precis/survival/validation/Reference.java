package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.data.TestData;

/**
 * The golden values written by src/test/fixtures/validation/make_reference.R, and each quantity's
 * relative tolerance: about 10x the worst difference measured against R (in brackets).
 */
final class Reference {
    /** Harrell's and Uno's C and their standard errors [1e-13, Uno's C]. */
    static final double CONCORDANCE = 1e-12;
    /** Cox coefficients of the development model [1.3e-14]. */
    static final double COEFFICIENTS = 2e-13;
    /** Baseline cumulative hazard [1.3e-15]. */
    static final double BASELINE = 2e-14;
    /** Linear predictors, absolute: they cross 0, so the error is taken on the predictor's scale (1) [4.3e-15]. */
    static final double LINEAR_PREDICTOR = 5e-14;
    /** td-AUC, Brier and integrated Brier (IPCW) [7.2e-16]. */
    static final double IPCW = 1e-14;
    /** Calibration slope and its SE, mean and risk-group predicted survival [2.1e-15]. */
    static final double CALIBRATION = 2e-14;
    /** Kaplan-Meier estimates at the time point and per risk group [0: equal to the last bit; a few ulps allowed]. */
    static final double KM = 1e-14;
    /** Tertile cut points of the development linear predictor [6.2e-15]. */
    static final double CUTS = 6e-14;

    private Reference() {}

    static JsonNode load(String name) {
        try (InputStream in = Reference.class.getResourceAsStream("/reference/validation/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no reference " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table derived by make_reference.R, committed in src/test/fixtures/validation. */
    static SurvivalTable fixture(String file) {
        try {
            return SurvivalTable.readCsv(Path.of("src", "test", "fixtures", "validation", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SurvivalTable clinical(String file) {
        return TestData.clinical(file);
    }

    static double[] numbers(JsonNode array) {
        double[] v = new double[array.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = array.get(i).asDouble();
        }
        return v;
    }

    static void assertRelative(String what, double actual, double expected, double tolerance) {
        double err = actual == expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
        assertThat(err).as("%s: %s vs R %s", what, actual, expected).isLessThanOrEqualTo(tolerance);
    }

    static void assertRelative(String what, double[] actual, double[] expected, double tolerance) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertRelative(what + "[" + i + "]", actual[i], expected[i], tolerance);
        }
    }
}
