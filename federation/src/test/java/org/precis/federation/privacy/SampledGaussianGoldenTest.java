package org.precis.federation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The sampled Gaussian's RDP against an independent golden table: sampled_gaussian_golden.py
 * (committed beside the JSON) integrates both Rényi divergences D_α(μ ‖ μ0) and D_α(μ0 ‖ μ) of μ0 =
 * N(0, σ²) and μ = (1 − q) N(0, σ²) + q N(1, σ²) numerically at 30 digits, without the series,
 * for 22 (q, σ, α) triples: integer and fractional α from 1.01 to 256, q from 1e-5 to 1, σ from
 * 0.3 to 50. The RDP is the larger of the two divergences; in every row the forward one, D_α(μ ‖
 * μ0), which the series computes, is the larger, as Mironov, Talwar and Zhang (2019, Sec. 3.3)
 * state for this mechanism.
 *
 * <p>The error is asserted on ln A_α = (α − 1)·RDP, the quantity the series sums: measured at most
 * 3.2e-16 absolute (A_α ≈ 1 carries the rounding of 1; largest at q = 0.1, σ = 50, α = 20.5) and
 * 1.6e-16 relative (where ln A_α is large). In RDP terms that is
 * a relative error of at most 1.7e-11 over the rows with RDP ≥ 1e-5 (largest at q = 0.5, σ = 50, α
 * = 1.1), 1.5e-8 where the RDP is 1.3e-8 (q = 1e-4, σ = 1, α = 1.5), and 0.9% where it is 2.2e-14
 * (q = 1e-5, σ = 50, α = 1.1), an absolute error of 2e-16.
 */
class SampledGaussianGoldenTest {
    /** Absolute tolerance on ln A_α (measured 3.2e-16). */
    private static final double LOG_A_ABSOLUTE = 5e-16;

    /** Relative tolerance on ln A_α (measured 1.6e-16). */
    private static final double LOG_A_RELATIVE = 1e-15;

    private static JsonNode rows() throws IOException {
        try (InputStream in = SampledGaussianGoldenTest.class.getResourceAsStream("sampled_gaussian_golden.json")) {
            return new ObjectMapper().readTree(in).get("rows");
        }
    }

    @Test
    void matchesNumericalIntegration() throws IOException {
        JsonNode rows = rows();
        assertThat(rows.size()).isEqualTo(22);
        for (JsonNode row : rows) {
            double q = row.get("q").asDouble();
            double sigma = row.get("sigma").asDouble();
            double order = row.get("order").asDouble();
            double goldenLogA = (order - 1) * row.get("rdp").asDouble();
            double logA = (order - 1) * SampledGaussian.rdp(q, sigma, order);
            assertThat(Math.abs(logA - goldenLogA))
                    .as("q=%s sigma=%s order=%s", q, sigma, order)
                    .isLessThanOrEqualTo(LOG_A_ABSOLUTE + LOG_A_RELATIVE * goldenLogA);
        }
    }

    @Test
    void forwardDivergenceIsTheBound() throws IOException {
        for (JsonNode row : rows()) {
            assertThat(row.get("forward").asDouble())
                    .as("row %s", row)
                    .isGreaterThanOrEqualTo(row.get("backward").asDouble())
                    .isEqualTo(row.get("rdp").asDouble());
            assertThat(row.get("quadratureDisagreement").asDouble()).isLessThan(1e-24);
        }
    }
}
