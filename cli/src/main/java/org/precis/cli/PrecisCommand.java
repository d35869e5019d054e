package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code precis} command; the work is in its subcommands. */
@Command(
        name = "precis",
        mixinStandardHelpOptions = true,
        version = "precis " + PrecisCommand.VERSION,
        description = "Precision diagnostics for lung and breast cancer: whole-slide images, models, statistics.",
        subcommands = {
            SlideCommand.class,
            CellsCommand.class,
            EmbedCommand.class,
            PatchesCommand.class,
            SurvivalCommand.class,
            ClinicalCommand.class,
            IhcCommand.class,
            FederationCommand.class,
            MolecularCommand.class,
            CasesCommand.class,
            ReportCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            ModelsCommand.class,
            DemoCommand.class
        })
final class PrecisCommand implements java.util.concurrent.Callable<Integer> {

    static final String VERSION = "0.1.0";

    @Option(
            names = "--debug",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
