package org.precis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.survival.data.OutcomeSelection;
import org.precis.survival.validation.ConcordanceIndex;
import org.precis.survival.validation.HarrellC;
import org.precis.survival.validation.UnoC;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis survival concordance}: Harrell's or Uno's C of a risk score, as R's {@code concordance}. */
@Command(
        name = "concordance",
        mixinStandardHelpOptions = true,
        description = "Concordance of a risk score "
                + "(higher = higher risk) with survival: Harrell's C, or Uno's C (IPCW) truncated at tau, with its "
                + "standard error, as R's concordance(reverse = TRUE).")
final class ConcordanceCommand implements Callable<Integer> {

    @Mixin
    OutcomeOptions columns;

    @Option(names = "--score", required = true, paramLabel = "COL", description = "Risk score column.")
    String score;

    @Option(names = "--uno", description = "Uno's C: inverse-probability-of-censoring weights (needs --tau).")
    boolean uno;

    @Option(names = "--tau", paramLabel = "T", description = "Truncation time for Uno's C.")
    Double tau;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (uno && tau == null) {
            throw new IllegalArgumentException("Uno's C needs a truncation time: give --tau");
        }
        OutcomeSelection selection = columns.select(score);
        double[] values = selection.numbers(score);
        ConcordanceIndex c = uno ? UnoC.of(selection.sample(), values, tau) : HarrellC.of(selection.sample(), values);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("c", c.concordance());
            out.put("se", c.standardError());
            out.put("method", uno ? "uno" : "harrell");
            out.put("tau", tau);
            out.put("n", values.length);
            out.put("dropped", selection.dropped());
            out.put("concordant", c.concordant());
            out.put("discordant", c.discordant());
            out.put("tied_score", c.tiedScore());
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s C = %.4f (se %.4f), n = %d%n",
                            uno ? "Uno's" : "Harrell's", c.concordance(), c.standardError(), values.length);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
