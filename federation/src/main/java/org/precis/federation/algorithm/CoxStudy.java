package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.precis.survival.cox.Ties;

/**
 * A federated Cox study's parameters: {@code time}, {@code event}, optional {@code event_value}
 * (else any non-zero value is an event), {@code covariates}, optional {@code levels} for
 * categorical covariates (reference first), optional {@code ties} ({@code efron}, R's default, or
 * {@code breslow}) and, for the grid fit, the {@code grid}.
 */
record CoxStudy(SiteRows.Columns columns, Ties ties, Optional<TimeGrid> grid) {

    /** Whether each site keeps its own baseline hazard or all share one on a time grid (which the study then gives). */
    enum Baseline {
        PER_SITE,
        SHARED_ON_GRID
    }

    static CoxStudy read(String algorithm, JsonNode parameters, Baseline baseline) {
        ParameterReader p = new ParameterReader(algorithm, parameters);
        if (baseline == Baseline.SHARED_ON_GRID) {
            p.allowOnly("time", "event", "event_value", "covariates", "levels", "ties", "grid");
        } else {
            p.allowOnly("time", "event", "event_value", "covariates", "levels", "ties");
        }
        Ties ties = switch (p.optionalText("ties").orElse("efron")) {
            case "efron" -> Ties.EFRON;
            case "breslow" -> Ties.BRESLOW;
            default ->
                throw new IllegalArgumentException(
                        algorithm + ": study parameter 'ties' must be efron or breslow, got " + parameters.get("ties"));
        };
        SiteRows.Columns columns = new SiteRows.Columns(
                Optional.of(p.text("time")), p.text("event"), p.optionalNumber("event_value"), CovariateDesign.read(p));
        Optional<TimeGrid> grid = baseline == Baseline.SHARED_ON_GRID
                ? Optional.of(TimeGrid.read(algorithm, parameters.get("grid")))
                : Optional.empty();
        return new CoxStudy(columns, ties, grid);
    }
}
