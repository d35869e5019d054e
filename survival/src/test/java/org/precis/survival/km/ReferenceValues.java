package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the R reference JSON and compares numbers with R's NA (null) and Inf (strings) in mind. */
final class ReferenceValues {
    private ReferenceValues() {}

    static List<JsonNode> cases(String resource) {
        try (InputStream in = ReferenceValues.class.getResourceAsStream("/reference/km/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isTextual()) {
            return Double.parseDouble(node.asText());
        }
        return node.asDouble();
    }

    static double[] numbers(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(node.get(i));
        }
        return v;
    }

    static String[] strings(JsonNode node) {
        String[] v = new String[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asText();
        }
        return v;
    }

    /**
     * |actual - expected| <= tolerance * |expected| (relative, as the README states agreement; an
     * expected 0 must be met exactly); NaN must meet NaN, infinities match exactly.
     */
    static void assertClose(String what, double[] expected, double[] actual, double tolerance) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], actual[i], tolerance);
        }
    }

    static void assertClose(String what, double expected, double actual, double tolerance) {
        if (Double.isNaN(expected)) {
            assertThat(Double.isNaN(actual))
                    .as(what + ": expected NA (NaN) but was " + actual)
                    .isTrue();
            return;
        }
        if (Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        assertThat(Math.abs(actual - expected))
                .as(what + ": expected " + expected + " but was " + actual)
                .isLessThanOrEqualTo(tolerance * Math.abs(expected));
    }
}
