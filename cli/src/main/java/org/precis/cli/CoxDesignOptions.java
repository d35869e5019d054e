package org.precis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that describe a Cox model's data and design, shared by the commands that fit one. */
final class CoxDesignOptions {

    @Option(names = "--data", required = true, paramLabel = "CSV", description = "Table with a header row.")
    Path data;

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up (stop) time column.")
    String time;

    @Option(names = "--start", paramLabel = "COL", description = "Start time column for (start, stop] data.")
    String start;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column.")
    String event;

    @Option(
            names = "--event-value",
            paramLabel = "V",
            description = "The value that means an event " + "(default: any non-zero number).")
    Double eventValue;

    @Option(
            names = "--covariates",
            required = true,
            split = ",",
            paramLabel = "A,B,C",
            description = "Covariate columns; text columns become COL=LEVEL indicators.")
    List<String> covariates;

    @Option(names = "--strata", split = ",", paramLabel = "COL", description = "Stratify the baseline hazard.")
    List<String> strata = List.of();

    @Option(names = "--cluster", paramLabel = "COL", description = "Cluster-robust (sandwich) variance.")
    String cluster;

    @Option(names = "--weights", paramLabel = "COL", description = "Case weights.")
    String weights;

    @Option(
            names = "--ties",
            defaultValue = "efron",
            paramLabel = "METHOD",
            description = "efron (R's default) " + "or breslow.")
    String ties;

    @Option(
            names = "--ref",
            paramLabel = "COL=LEVEL",
            description = "Reference level of a categorical covariate " + "(default: the first in sorted order, as R).")
    Map<String, String> references = Map.of();

    @Mixin
    SeparatorOption separator;

    SurvivalTable table() throws IOException {
        return SurvivalTable.readCsv(data, separator.separator());
    }

    CoxDesign design(SurvivalTable table) {
        return spec().on(table);
    }

    DesignSpec spec() {
        DesignSpec.Builder builder = CoxDesign.builder().time(time).covariates(covariates);
        if (start != null) {
            builder.start(start);
        }
        if (eventValue != null) {
            builder.event(event, eventValue);
        } else {
            builder.event(event);
        }
        if (!strata.isEmpty()) {
            builder.strata(strata.toArray(String[]::new));
        }
        if (cluster != null) {
            builder.cluster(cluster);
        }
        if (weights != null) {
            builder.weights(weights);
        }
        references.forEach(builder::reference);
        return builder.spec();
    }

    Ties tiesMethod() {
        return switch (ties) {
            case "efron" -> Ties.EFRON;
            case "breslow" -> Ties.BRESLOW;
            default -> throw new IllegalArgumentException("--ties must be efron or breslow, was " + ties);
        };
    }
}
