package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis clinical}: the clinical indices that guide treatment. */
@Command(
        name = "clinical",
        mixinStandardHelpOptions = true,
        description = "Clinical indices: Nottingham " + "Prognostic Index, Nottingham grade, lung cancer TNM stage.",
        subcommands = {NpiCommand.class, GradeCommand.class, TnmLungCommand.class})
final class ClinicalCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
