package org.precis.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.federation.audit.AuditLogVerifier;
import org.precis.federation.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation audit verify}: checks a hash-chained audit log and prints its head hash.
 * Exit 0 when intact, 1 with the first bad line otherwise.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Verify a site's audit log: finds any edited, "
                + "deleted, inserted or reordered line (the first bad line is reported). A truncated tail is found only with "
                + "--head, the head hash recorded earlier (e.g. by the coordinator).")
final class FederationAuditVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOG", description = "The audit log (JSON lines).")
    Path log;

    @Option(
            names = "--head",
            paramLabel = "HASH",
            description = "A head hash recorded earlier; the log must contain it.")
    String expectedHead;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AuditVerification result = AuditLogVerifier.verify(log, Optional.ofNullable(expectedHead));
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("log", log.toString());
            fields.put("intact", result.intact());
            fields.put("entries", result.entries());
            fields.put("head_hash", result.headHash());
            result.problem().ifPresent(problem -> {
                fields.put("first_bad_line", problem.line());
                fields.put("problem", problem.reason());
            });
            new JsonPrinter().print(out, fields);
        } else if (result.intact()) {
            out.printf("%s: intact, %d entries, head %s%n", log, result.entries(), result.headHash());
        } else {
            AuditVerification.Problem problem = result.problem().orElseThrow();
            spec.commandLine().getErr().printf("precis: %s: line %d: %s%n", log, problem.line(), problem.reason());
            out.printf(
                    "%s: BROKEN at line %d, %d entries chain correctly before it, head %s%n",
                    log, problem.line(), result.entries(), result.headHash());
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return result.intact() ? 0 : ErrorReporter.INPUT_FAILURE;
    }
}
