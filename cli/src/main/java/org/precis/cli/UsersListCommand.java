package org.precis.cli;

import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis users list}: the users and their roles. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
final class UsersListCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = storeOptions.open()) {
            for (User user : store.users().list()) {
                spec.commandLine()
                        .getOut()
                        .printf("%s\t%s\t%s%n", user.name(), user.role().label(), user.created());
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
