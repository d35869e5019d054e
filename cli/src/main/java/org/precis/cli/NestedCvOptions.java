package org.precis.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.patch.ViewPooling;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The nested cross-validation options {@code patches train} and {@code patches ablation} share. */
final class NestedCvOptions {

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "Outer folds of the nested CV (default ${DEFAULT-VALUE}).")
    int outerFolds;

    @Option(
            names = "--inner-folds",
            defaultValue = "5",
            description = "Folds choosing the variant and penalty (default ${DEFAULT-VALUE}).")
    int innerFolds;

    @Option(
            names = "--view-pooling",
            split = ",",
            paramLabel = "POOLING",
            defaultValue = "feature_mean,probability_mean",
            converter = ViewPoolingConverter.class,
            description = "View poolings to choose among: feature_mean, probability_mean (needs per-view features;"
                    + " default ${DEFAULT-VALUE}).")
    List<ViewPooling> poolings = new ArrayList<>();

    @Option(names = "--bootstrap", defaultValue = "1000", description = "Bootstrap replicates for the 95%% CIs.")
    int replicates;

    @Option(names = "--seed", defaultValue = "20250101", description = "Seed of folds and bootstrap.")
    long seed;

    Set<ViewPooling> poolingSet() {
        return EnumSet.copyOf(poolings);
    }

    Bootstrap bootstrap() {
        return new Bootstrap(replicates, 0.95);
    }

    /** Accepts the poolings' model-file names. */
    static final class ViewPoolingConverter implements ITypeConverter<ViewPooling> {
        @Override
        public ViewPooling convert(String value) {
            return ViewPooling.fromJsonName(value.trim());
        }
    }
}
