package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

/** Element-wise relative agreement, the project's 1e-6 golden-value rule; an expected 0 must be met exactly. */
final class RelativeError {
  static final double GOLDEN = 1e-6;

  private RelativeError() {}

  static double of(double actual, double expected) {
    if (expected == actual) {
      return 0;
    }
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  static void assertClose(String what, double[] actual, double[] expected, double tolerance) {
    assertThat(actual).as(what + " length").hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(of(actual[i], expected[i])).as("%s[%d]: %s vs R %s", what, i, actual[i], expected[i])
          .isLessThanOrEqualTo(tolerance);
    }
  }

  static void assertClose(String what, double actual, double expected, double tolerance) {
    assertClose(what, new double[] {actual}, new double[] {expected}, tolerance);
  }
}
