package org.precis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis cells}: nuclei, cell classes and grade components. */
@Command(
        name = "cells",
        mixinStandardHelpOptions = true,
        description =
                "Find and measure nuclei, class cells (Tumor, Non-tumor, Mitosis, Apoptosis) and estimate Nottingham grade components.",
        subcommands = {
            CellsDetectCommand.class,
            CellsGradeCommand.class,
            CellsTrainClassifierCommand.class,
            CellsFeatureSetCommand.class,
            CellsFromFederatedCommand.class
        })
final class CellsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
