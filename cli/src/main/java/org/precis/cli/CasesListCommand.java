package org.precis.cli;

import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.cases.CaseRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis cases list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the cases and their status.")
final class CasesListCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            for (CaseRecord record : store.cases().list()) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%s\t%s\t%s\t%s (v%d)%n",
                                record.caseId(),
                                record.patientPseudonym(),
                                record.specimen(),
                                record.status().label(),
                                record.reportVersion());
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
