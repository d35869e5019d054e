package org.precis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.models.ModelVersion;
import org.precis.store.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis models promote NAME VERSION --as USER}: a version becomes production. */
@Command(
        name = "promote",
        mixinStandardHelpOptions = true,
        description = "Make a version production (the current one is retired): only when every site's latest"
                + " evaluation says it is better, unless an administrator forces it with a reason.")
final class ModelsPromoteCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The model.")
    String name;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version to promote.")
    int version;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who promotes it.")
    String user;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required with --force).")
    String reason;

    @Option(
            names = "--force",
            description = "Promote whatever the sites' evaluations say (an administrator, with --reason).")
    boolean force;

    @Option(names = "--json", description = "Print the promoted version as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelVersion promoted;
        try (Store store = storeOptions.open()) {
            User actor = ActingUser.of(store, user);
            promoted = force
                    ? store.models().forcePromote(name, version, actor, reason)
                    : store.models().promote(name, version, actor, reason);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, ModelsJson.version(promoted));
            return 0;
        }
        out.printf("%s v%d is production%s%n", promoted.name(), promoted.version(), force ? " (forced)" : "");
        out.flush();
        return 0;
    }
}
