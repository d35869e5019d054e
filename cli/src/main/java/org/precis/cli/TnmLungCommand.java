package org.precis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.clinical.tnm.LungStageGrouping;
import org.precis.clinical.tnm.LungStaging;
import org.precis.clinical.tnm.MCategory;
import org.precis.clinical.tnm.NCategory;
import org.precis.clinical.tnm.TCategory;
import org.precis.clinical.tnm.TnmEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis clinical tnm-lung}: the stage group of a lung cancer's T, N and M, by edition. */
@Command(
        name = "tnm-lung",
        mixinStandardHelpOptions = true,
        description = {
            "Lung cancer TNM stage grouping (IASLC 8th or 9th edition; the 9th is in force from 1 January 2025).",
            "The 9th edition splits N2 into N2a/N2b and M1c into M1c1/M1c2."
        })
final class TnmLungCommand implements Callable<Integer> {

    @Option(names = "--edition", required = true, paramLabel = "8|9", description = "TNM edition: 8 or 9.")
    int edition;

    @Option(
            names = "--t",
            required = true,
            paramLabel = "T",
            description = "TX, T0, Tis, T1mi, T1a, T1b, T1c, T2a, " + "T2b, T3, T4")
    String t;

    @Option(names = "--n", required = true, paramLabel = "N", description = "NX, N0, N1, N2 (8th), N2a, N2b (9th), N3")
    String n;

    @Option(names = "--m", required = true, paramLabel = "M", description = "M0, M1a, M1b, M1c (8th), M1c1, M1c2 (9th)")
    String m;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TnmEdition chosen = switch (edition) {
            case 8 -> TnmEdition.EIGHTH;
            case 9 -> TnmEdition.NINTH;
            default -> throw new IllegalArgumentException("--edition must be 8 or 9, was " + edition);
        };
        LungStageGrouping grouping = new LungStaging(chosen)
                .stage(
                        LabelledEnum.parse(TCategory.class, TCategory::label, t, "T category"),
                        LabelledEnum.parse(NCategory.class, NCategory::label, n, "N category"),
                        LabelledEnum.parse(MCategory.class, MCategory::label, m, "M category"));
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("edition", edition);
            out.put("edition_label", chosen.label());
            out.put("t", grouping.t().label());
            out.put("n", grouping.n().label());
            out.put("m", grouping.m().label());
            out.put("stage", grouping.stage().label());
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine().getOut().println(grouping.describe());
        }
        return 0;
    }
}
