package org.precis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.models.ModelVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis models rollback NAME --as USER --reason TEXT}: production goes back one promotion. */
@Command(
        name = "rollback",
        mixinStandardHelpOptions = true,
        description = "Return production to the version that was production before the current one (the current"
                + " is retired).")
final class ModelsRollbackCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who rolls it back.")
    String user;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Option(names = "--json", description = "Print the version now production as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelVersion production;
        try (Store store = storeOptions.open()) {
            production = store.models().rollback(name, ActingUser.of(store, user), reason);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, ModelsJson.version(production));
            return 0;
        }
        out.printf("%s v%d is production again%n", production.name(), production.version());
        out.flush();
        return 0;
    }
}
