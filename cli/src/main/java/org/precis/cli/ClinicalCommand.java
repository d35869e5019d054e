package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis clinical}: the clinical indices that guide treatment. */
@Command(name = "clinical", mixinStandardHelpOptions = true, description = "Clinical indices: Nottingham "
        + "Prognostic Index, Nottingham grade, lung cancer TNM stage.",
        subcommands = {NpiCommand.class, GradeCommand.class, TnmLungCommand.class})
final class ClinicalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
