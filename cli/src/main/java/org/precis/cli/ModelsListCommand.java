package org.precis.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.models.ModelVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis models list}: every version of every model with its status. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List every model version and its status.")
final class ModelsListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print the versions as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ModelVersion> versions;
        try (Store store = storeOptions.open()) {
            versions = store.models().list();
        }
        if (json) {
            new JsonPrinter().print(out, ModelsJson.versions(versions));
            return 0;
        }
        for (ModelVersion version : versions) {
            out.printf(
                    "%s\tv%d\t%s\t%s\t%s\t%s%n",
                    version.name(),
                    version.version(),
                    version.status().label(),
                    version.task(),
                    version.created(),
                    version.fileSha256());
        }
        out.flush();
        return 0;
    }
}
