package org.precis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.clinical.grade.GradeScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis clinical grade}: Nottingham (Elston-Ellis) histological grade from its three scores. */
@Command(
        name = "grade",
        mixinStandardHelpOptions = true,
        description =
                "Nottingham histological grade "
                        + "(Elston-Ellis) of a breast carcinoma from tubule formation, nuclear pleomorphism and mitotic count scores.")
final class GradeCommand implements Callable<Integer> {

    @Option(names = "--tubules", required = true, description = "Tubule formation score, 1-3.")
    int tubules;

    @Option(names = "--pleomorphism", required = true, description = "Nuclear pleomorphism score, 1-3.")
    int pleomorphism;

    @Option(names = "--mitoses", required = true, description = "Mitotic count score, 1-3.")
    int mitoses;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GradeScores scores = new GradeScores(tubules, pleomorphism, mitoses);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", scores.total());
            out.put("grade", scores.grade().number());
            out.put("differentiation", scores.grade().differentiation());
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "score %d of 9: grade %d (%s)%n",
                            scores.total(),
                            scores.grade().number(),
                            scores.grade().differentiation());
        }
        return 0;
    }
}
