package org.precis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis cells}: nuclei, cell classes and grade components. */
@Command(
        name = "cells",
        mixinStandardHelpOptions = true,
        description = "Nuclei, cell classes (Tumor, Non-tumor, Mitosis, Apoptosis) and Nottingham grade components.",
        subcommands = {CellsTrainClassifierCommand.class, CellsGradeCommand.class})
final class CellsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
