package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis survival}: survival statistics that match R's survival package. */
@Command(
        name = "survival",
        mixinStandardHelpOptions = true,
        description = "Survival statistics matching R's "
                + "survival package: Cox models, Kaplan-Meier curves, log-rank tests.",
        subcommands = {
            CoxCommand.class,
            KmCommand.class,
            LogRankCommand.class,
            ConcordanceCommand.class,
            ValidateCommand.class,
            CoxBenchCommand.class
        })
final class SurvivalCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
