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

/** The golden values written by src/test/fixtures/validation/make_reference.R, and the 1e-6 relative rule. */
final class Reference {
  static final double GOLDEN = 1e-6;

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
