package org.precis.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResult;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.cox.CoxTerm;
import org.precis.survival.cox.ProportionalHazardsCheck;
import org.precis.survival.cox.TimeTransform;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.SavedCoxModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis survival cox}: a Cox proportional hazards model as R's {@code coxph} fits it. */
@Command(
        name = "cox",
        mixinStandardHelpOptions = true,
        description = "Cox proportional hazards model, "
                + "matching R's coxph: Efron or Breslow ties, strata, cluster-robust variance, case weights, "
                + "(start, stop] data, categorical covariates as indicator columns.")
final class CoxCommand implements Callable<Integer> {

    @Mixin
    CoxDesignOptions design;

    @Option(
            names = "--save-model",
            paramLabel = "JSON",
            description = "Save the model (coefficients, centring, "
                    + "baseline hazard, development risk-group cuts, provenance, and the variance a predicted curve's"
                    + " 95%% band needs: file format 2) for `survival validate` and `molecular report`.")
    Path saveModel;

    @Option(
            names = "--zph",
            paramLabel = "TRANSFORM",
            arity = "0..1",
            fallbackValue = "km",
            description = "Test proportional hazards on scaled Schoenfeld residuals, as R's cox.zph: "
                    + "km (default), identity, rank or log.")
    String zph;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SurvivalTable table = design.table();
        DesignSpec designSpec = design.spec();
        CoxDesign fitted = designSpec.on(table);
        CoxModel model = CoxModel.fit(fitted, design.tiesMethod());
        CoxResult result = model.result();
        if (saveModel != null) {
            new SavedCoxModelFile()
                    .write(
                            SavedCoxModel.of(
                                    designSpec,
                                    fitted,
                                    model,
                                    ModelProvenance.of(
                                            design.data,
                                            table.columnNames(),
                                            PrecisCommand.VERSION,
                                            LocalDate.now(ZoneOffset.UTC))),
                            saveModel);
        }
        ProportionalHazardsCheck check =
                zph == null ? null : ProportionalHazardsCheck.of(model, fitted, timeTransform(zph));
        if (json) {
            Map<String, Object> out = CoxResultJson.describe(result);
            if (check != null) {
                out.put("zph", describe(check));
            }
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            print(result);
            if (check != null) {
                print(check);
            }
        }
        return 0;
    }

    private static TimeTransform timeTransform(String name) {
        return switch (name) {
            case "km" -> TimeTransform.KM;
            case "identity" -> TimeTransform.IDENTITY;
            case "rank" -> TimeTransform.RANK;
            case "log" -> TimeTransform.LOG;
            default -> throw new IllegalArgumentException("--zph takes km, identity, rank or log, not " + name);
        };
    }

    private static Map<String, Object> describe(ProportionalHazardsCheck check) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transform", check.transform().name().toLowerCase(java.util.Locale.ROOT));
        List<Map<String, Object>> terms = new ArrayList<>();
        check.termTests()
                .forEach((name, test) ->
                        terms.add(Map.of("term", name, "chisq", test.statistic(), "df", test.df(), "p", test.p())));
        out.put("terms", terms);
        out.put(
                "global",
                Map.of(
                        "chisq",
                        check.global().statistic(),
                        "df",
                        check.global().df(),
                        "p",
                        check.global().p()));
        return out;
    }

    private void print(ProportionalHazardsCheck check) {
        var out = spec.commandLine().getOut();
        out.printf(
                "%nProportional hazards (cox.zph, transform %s):%n%-24s %10s %4s %10s%n",
                check.transform().name().toLowerCase(java.util.Locale.ROOT), "", "chisq", "df", "p");
        check.termTests()
                .forEach((name, test) ->
                        out.printf("%-24s %10.4g %4d %10.3g%n", name, test.statistic(), test.df(), test.p()));
        out.printf(
                "%-24s %10.4g %4d %10.3g%n",
                "GLOBAL",
                check.global().statistic(),
                check.global().df(),
                check.global().p());
        out.flush();
    }

    private void print(CoxResult result) {
        var out = spec.commandLine().getOut();
        out.printf(
                "n= %d, number of events= %d%s%n",
                result.n(),
                result.events(),
                result.dropped() > 0 ? " (" + result.dropped() + " observation(s) deleted due to missingness)" : "");
        out.printf(
                "%n%-24s %10s %10s %10s %10s %8s %10s%n",
                "", "coef", "exp(coef)", "se(coef)", "robust se", "z", "Pr(>|z|)");
        for (CoxTerm term : result.terms()) {
            out.printf(
                    "%-24s %10.5g %10.5g %10.5g %10s %8.3f %10.3g%n",
                    term.name(),
                    term.coef(),
                    term.hr(),
                    term.se(),
                    term.robustSe().isPresent()
                            ? String.format("%.5g", term.robustSe().getAsDouble())
                            : "",
                    term.z(),
                    term.p());
        }
        out.printf("%n%-24s %10s %10s %10s%n", "", "exp(coef)", "lower .95", "upper .95");
        for (CoxTerm term : result.terms()) {
            out.printf("%-24s %10.5g %10.5g %10.5g%n", term.name(), term.hr(), term.hrLower(), term.hrUpper());
        }
        out.printf(
                "%nConcordance= %.3f  (se = %.3f)%n",
                result.concordance().concordance(), result.concordance().standardError());
        out.printf(
                "Likelihood ratio test= %.2f  on %d df,   p=%.3g%n",
                result.likelihoodRatio().statistic(),
                result.likelihoodRatio().df(),
                result.likelihoodRatio().p());
        out.printf(
                "Wald test            = %.2f  on %d df,   p=%.3g%n",
                result.wald().statistic(), result.wald().df(), result.wald().p());
        out.printf(
                "Score (logrank) test = %.2f  on %d df,   p=%.3g%n",
                result.score().statistic(), result.score().df(), result.score().p());
        for (String warning : result.warnings()) {
            out.println("Warning: " + warning);
        }
        out.flush();
    }
}
