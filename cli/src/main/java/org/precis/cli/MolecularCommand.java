package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis molecular}: molecular subtyping from expression tables. */
@Command(
        name = "molecular",
        mixinStandardHelpOptions = true,
        description = "Molecular subtyping from expression tables: PAM50 and ROR-S as Bioconductor genefu.",
        subcommands = {
            MolecularPam50Command.class,
            MolecularAddedValueCommand.class,
            MolecularRiskCommand.class,
            MolecularReportCommand.class
        })
final class MolecularCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
