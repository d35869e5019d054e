package org.precis.survival.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which columns make a Cox design. Build with {@link CoxDesign#builder()}, then
 * {@link #on(SurvivalTable)}.
 *
 * @param time stop (or only) time column
 * @param start start column for counting-process data {@code (start, stop]}
 * @param event event column
 * @param eventValue the value meaning "event"; when empty any non-zero value is an event
 * @param covariates covariate columns in model order
 * @param references chosen reference level per text covariate
 * @param strata strata columns (separate risk sets per combination)
 * @param cluster cluster column for the robust variance
 * @param weights case-weight column
 */
public record DesignSpec(
        String time,
        Optional<String> start,
        String event,
        OptionalDouble eventValue,
        List<String> covariates,
        Map<String, String> references,
        List<String> strata,
        Optional<String> cluster,
        Optional<String> weights) {

    public DesignSpec {
        Objects.requireNonNull(time, "time column");
        Objects.requireNonNull(event, "event column");
        covariates = List.copyOf(covariates);
        references = Map.copyOf(references);
        strata = List.copyOf(strata);
        if (covariates.isEmpty()) {
            throw new IllegalArgumentException("a Cox design needs at least one covariate");
        }
        if (covariates.stream().distinct().count() != covariates.size()) {
            throw new IllegalArgumentException("covariate listed twice in " + covariates);
        }
    }

    /** The design of this specification on a table; fails naming the column or row at fault. */
    public CoxDesign on(SurvivalTable table) {
        return new CoxDesign(this, table);
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects the columns; only time, event and covariates are required. */
    public static final class Builder {
        private String time;
        private String start;
        private String event;
        private Double eventValue;
        private final List<String> covariates = new ArrayList<>();
        private final Map<String, String> references = new LinkedHashMap<>();
        private final List<String> strata = new ArrayList<>();
        private String cluster;
        private String weights;

        private Builder() {}

        public Builder time(String column) {
            this.time = column;
            return this;
        }

        public Builder start(String column) {
            this.start = column;
            return this;
        }

        /** Any non-zero value is an event. */
        public Builder event(String column) {
            this.event = column;
            this.eventValue = null;
            return this;
        }

        /** Only {@code value} is an event (lung's status: 2 = dead). */
        public Builder event(String column, double value) {
            this.event = column;
            this.eventValue = value;
            return this;
        }

        public Builder covariates(String... columns) {
            covariates.addAll(List.of(columns));
            return this;
        }

        public Builder covariates(List<String> columns) {
            covariates.addAll(columns);
            return this;
        }

        public Builder reference(String column, String level) {
            references.put(column, level);
            return this;
        }

        public Builder strata(String... columns) {
            strata.addAll(List.of(columns));
            return this;
        }

        public Builder cluster(String column) {
            this.cluster = column;
            return this;
        }

        public Builder weights(String column) {
            this.weights = column;
            return this;
        }

        public DesignSpec spec() {
            return new DesignSpec(
                    time,
                    Optional.ofNullable(start),
                    event,
                    eventValue == null ? OptionalDouble.empty() : OptionalDouble.of(eventValue),
                    covariates,
                    references,
                    strata,
                    Optional.ofNullable(cluster),
                    Optional.ofNullable(weights));
        }

        public CoxDesign on(SurvivalTable table) {
            return spec().on(table);
        }
    }
}
