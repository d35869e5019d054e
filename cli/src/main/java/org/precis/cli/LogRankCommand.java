package org.precis.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.survival.data.OutcomeSelection;
import org.precis.survival.km.LogRank;
import org.precis.survival.km.LogRankResult;
import org.precis.survival.km.SurvivalCurveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis survival logrank}: the G-rho family of tests as R's {@code survdiff}. */
@Command(
        name = "logrank",
        mixinStandardHelpOptions = true,
        description = "Log-rank (rho 0) or Fleming-Harrington "
                + "G-rho test between groups, optionally stratified, as R's survdiff.")
final class LogRankCommand implements Callable<Integer> {

    @Mixin
    OutcomeOptions columns;

    @Option(names = "--group", required = true, paramLabel = "COL", description = "The groups to compare.")
    String group;

    @Option(names = "--strata", paramLabel = "COL", description = "Compare within the levels of this column.")
    String strata;

    @Option(names = "--rho", defaultValue = "0", description = "0: log-rank; 1: Peto-Peto (default ${DEFAULT-VALUE}).")
    double rho;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutcomeSelection selection = columns.select(group, strata);
        String[] groups = selection.labels(group);
        LogRank test = new LogRank(rho);
        LogRankResult result = strata == null
                ? test.test(selection.sample(), groups)
                : test.test(selection.sample(), groups, selection.labels(strata));
        if (json) {
            Map<String, Object> out = SurvivalCurveJson.describe(result);
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            var print = spec.commandLine().getOut();
            print.printf("%-20s %8s %10s %10s%n", "group", "N", "Observed", "Expected");
            for (LogRankResult.Group g : result.groups()) {
                print.printf("%-20s %8.0f %10.0f %10.2f%n", g.label(), g.n(), g.observed(), g.expected());
            }
            print.printf(
                    "Chisq= %.1f on %d degrees of freedom, p= %.3g%n",
                    result.chiSquare(), result.degreesOfFreedom(), result.pValue());
            print.flush();
        }
        return 0;
    }
}
