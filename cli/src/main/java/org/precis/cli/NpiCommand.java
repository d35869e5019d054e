package org.precis.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.clinical.ImplausibleValueException;
import org.precis.clinical.grade.NottinghamGrade;
import org.precis.clinical.npi.GroupingScheme;
import org.precis.clinical.npi.NodeStage;
import org.precis.clinical.npi.NottinghamPrognosticIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis clinical npi}: the Nottingham Prognostic Index and its prognostic group. */
@Command(
        name = "npi",
        mixinStandardHelpOptions = true,
        description = "Nottingham Prognostic Index: "
                + "0.2 x tumour size (cm) + node stage (1-3) + grade (1-3), with its prognostic group.")
final class NpiCommand implements Callable<Integer> {

    @Option(names = "--size-mm", required = true, description = "Invasive tumour size in millimetres.")
    double sizeMm;

    @Option(names = "--positive-nodes", required = true, description = "Number of involved lymph nodes.")
    int positiveNodes;

    @Option(names = "--grade", required = true, description = "Nottingham histological grade, 1-3.")
    int grade;

    @Option(
            names = "--scheme",
            defaultValue = "FOUR_GROUPS",
            description = "Grouping: ${COMPLETION-CANDIDATES} " + "(default ${DEFAULT-VALUE}).")
    GroupingScheme scheme;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NottinghamPrognosticIndex npi;
        try {
            npi = NottinghamPrognosticIndex.ofMillimetres(
                    sizeMm, NodeStage.ofPositiveNodes(positiveNodes), NottinghamGrade.of(grade));
        } catch (ImplausibleValueException e) {
            spec.commandLine().getErr().println("precis: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ErrorReporter.INPUT_FAILURE;
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("npi", Math.round(npi.value() * 100) / 100.0); // reported to two decimals, as grouped
            out.put("group", npi.group(scheme).label());
            out.put("scheme", scheme.name().toLowerCase(java.util.Locale.ROOT));
            new JsonPrinter().print(spec.commandLine().getOut(), out);
        } else {
            spec.commandLine()
                    .getOut()
                    .printf("NPI %.2f: %s%n", npi.value(), npi.group(scheme).label());
        }
        return 0;
    }
}
