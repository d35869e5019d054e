package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis patches}: patch classifiers on embedded patch sets. */
@Command(
        name = "patches",
        mixinStandardHelpOptions = true,
        description = "Train, evaluate and apply patch classifiers (for example lung cancer subtypes).",
        subcommands = {
            PatchesTrainCommand.class,
            PatchesEvaluateCommand.class,
            PatchesPredictCommand.class,
            PatchesAblationCommand.class,
            PatchesDriftCommand.class
        })
final class PatchesCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
