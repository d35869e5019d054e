package org.precis.cli;

import java.util.concurrent.Callable;
import org.precis.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis users token NAME}: a new API token for {@code Authorization: Bearer}, printed once. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Issue an API token for a user (send it as Authorization: Bearer TOKEN), printed once;"
                + " only its SHA-256 is stored.")
final class UsersTokenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            String token = store.users().issueToken(name);
            store.audit()
                    .append(
                            "cli",
                            "token-issued",
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                    .objectNode()
                                    .put("user", name));
            spec.commandLine().getOut().println(token);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
