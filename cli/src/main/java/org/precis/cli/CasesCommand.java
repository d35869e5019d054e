package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis cases}: the workstation's cases from the command line. */
@Command(
        name = "cases",
        mixinStandardHelpOptions = true,
        description = "Create cases, put slides on them and run analyses, as the workstation does; export the signed"
                + " cases' annotations as labelled training patches.",
        subcommands = {
            CasesAddCommand.class,
            CasesAnalyseCommand.class,
            CasesListCommand.class,
            CasesTrainingPatchesCommand.class
        })
final class CasesCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
