package org.precis.federation.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * ln erfc against 50-digit mpmath values from log_erfc_golden.py (committed beside the JSON). The
 * error is measured relative to max(1, |ln erfc|), i.e. as relative error of erfc where ln erfc is
 * small and of ln erfc where erfc underflows; see {@link #TOLERANCE}.
 */
class LogErfcTest {
    /** Measured maximum 1.2e-15 (at x = 0.999, where erfc = 1 − erf loses a factor 6). */
    private static final double TOLERANCE = 2e-15;

    @Test
    void matchesMultiPrecisionValues() throws IOException {
        JsonNode rows;
        try (InputStream in = getClass().getResourceAsStream("log_erfc_golden.json")) {
            rows = new ObjectMapper().readTree(in).get("rows");
        }
        assertThat(rows.size()).isEqualTo(25);
        for (JsonNode row : rows) {
            double x = row.get("x").asDouble();
            double golden = row.get("logErfc").asDouble();
            double error = Math.abs(LogErfc.of(x) - golden) / Math.max(1, Math.abs(golden));
            assertThat(error).as("ln erfc(%s)", x).isLessThanOrEqualTo(TOLERANCE);
        }
    }
}
