package org.precis.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.precis.report.figure.FigureFile;
import org.precis.report.survival.KaplanMeierChart;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.data.OutcomeSelection;
import org.precis.survival.km.ConfidenceType;
import org.precis.survival.km.CurveConfidence;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.SurvivalCurve;
import org.precis.survival.km.SurvivalCurveJson;
import org.precis.survival.km.SurvivalQuantile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis survival km}: Kaplan-Meier curves as R's {@code survfit} computes them. */
@Command(
        name = "km",
        mixinStandardHelpOptions = true,
        description = "Kaplan-Meier estimate with Greenwood "
                + "standard errors, confidence intervals and median survival, per group, as R's survfit.")
final class KmCommand implements Callable<Integer> {

    @Mixin
    OutcomeOptions columns;

    @Option(names = "--group", paramLabel = "COL", description = "One curve per value of this column.")
    String group;

    @Option(
            names = "--conf-type",
            defaultValue = "log",
            paramLabel = "TYPE",
            description = "Confidence interval: log (R's default), log-log or plain.")
    String confType;

    @Option(
            names = "--times",
            split = ",",
            paramLabel = "T1,T2",
            description = "Also report the curves at these "
                    + "times (numbers at risk, events, survival and its interval), as summary(fit, times = ...).")
    double[] times = new double[0];

    @Option(names = "--plot", paramLabel = "FILE", description = "Draw the curves with numbers at risk (.png or .svg).")
    Path plot;

    @Mixin
    TimeUnitOption timeUnit = new TimeUnitOption();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutcomeSelection selection = columns.select(group);
        KaplanMeier estimator = new KaplanMeier(new CurveConfidence(confidenceType(), 0.95));
        SortedMap<String, SurvivalCurve> curves = new java.util.TreeMap<>();
        if (group == null) {
            curves.put("all", estimator.estimate(selection.sample()));
        } else {
            curves.putAll(estimator.estimateByGroup(selection.sample(), selection.labels(group)));
        }
        if (plot != null) {
            String title = "Kaplan-Meier: " + columns.data.getFileName();
            TimeUnit unit = timeUnit.unit(columns.time);
            FigureFile.write(
                    group == null
                            ? KaplanMeierChart.single(title, curves.get("all"), unit)
                            : KaplanMeierChart.byGroup(title, group, curves, unit),
                    plot);
        }
        if (json) {
            List<Map<String, Object>> groups = new ArrayList<>();
            curves.forEach((label, curve) -> {
                Map<String, Object> group = SurvivalCurveJson.describe(label, curve);
                if (times.length > 0) {
                    group.put("at", curve.at(times));
                }
                groups.add(group);
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("n", selection.size());
            out.put("dropped", selection.dropped());
            out.put("conf_type", confType);
            out.put("groups", groups);
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            var print = spec.commandLine().getOut();
            print.printf("%-20s %6s %7s %10s %10s %10s%n", "group", "n", "events", "median", "0.95LCL", "0.95UCL");
            curves.forEach((label, curve) -> {
                SurvivalQuantile median = curve.median();
                print.printf(
                        "%-20s %6.0f %7.0f %10s %10s %10s%n",
                        label,
                        curve.numberAtRisk()[0],
                        total(curve),
                        text(median.time()),
                        text(median.lower()),
                        text(median.upper()));
            });
            if (times.length > 0) {
                print.printf(
                        "%n%-20s %10s %8s %8s %10s %10s %10s%n",
                        "group", "time", "n.risk", "n.event", "survival", "lower", "upper");
                curves.forEach((label, curve) -> curve.at(times)
                        .forEach(at -> print.printf(
                                "%-20s %10.4g %8.0f %8.0f %10.4f %10.4f %10.4f%n",
                                label,
                                at.time(),
                                at.numberAtRisk(),
                                at.numberOfEvents(),
                                at.survival(),
                                at.lower(),
                                at.upper())));
            }
            if (selection.dropped() > 0) {
                print.printf("(%d row(s) dropped for missing values)%n", selection.dropped());
            }
            print.flush();
        }
        return 0;
    }

    private ConfidenceType confidenceType() {
        return switch (confType) {
            case "log" -> ConfidenceType.LOG;
            case "log-log" -> ConfidenceType.LOG_LOG;
            case "plain" -> ConfidenceType.PLAIN;
            default -> throw new IllegalArgumentException("--conf-type must be log, log-log or plain, was " + confType);
        };
    }

    private static double total(SurvivalCurve curve) {
        double sum = 0;
        for (double events : curve.numberOfEvents()) {
            sum += events;
        }
        return sum;
    }

    private static String text(java.util.OptionalDouble value) {
        return value.isPresent() ? String.format("%.4g", value.getAsDouble()) : "NA";
    }
}
