package org.precis.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.precis.store.Store;
import org.precis.store.users.NewUserCredentials;
import org.precis.store.users.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis users add NAME --role ROLE}: a new user with a generated password, printed once. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a user with a generated password, printed once (only its Argon2id hash is stored).")
final class UsersAddCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The user name (letters, digits, . _ -).")
    String name;

    @Option(
            names = "--role",
            required = true,
            paramLabel = "ROLE",
            description = "pathologist, researcher or administrator.")
    String role;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Write the password to FILE (readable by its owner only; never overwritten) instead of"
                    + " printing it.")
    Path passwordFile;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Role parsed = Role.parse(role);
        if (passwordFile != null) { // made first, so a user is never added whose password went nowhere
            Files.createFile(
                    passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Store store = storeOptions.open()) {
            NewUserCredentials added = store.users().add(name, parsed);
            store.audit()
                    .append(
                            "cli",
                            "user-added",
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("user", name)
                                    .put("role", parsed.label()));
            if (passwordFile != null) {
                Files.writeString(passwordFile, added.password() + "\n");
                spec.commandLine()
                        .getOut()
                        .printf("added %s (%s); password in %s%n", name, parsed.label(), passwordFile);
            } else {
                spec.commandLine().getOut().println(added.password());
            }
        } catch (RuntimeException e) {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
            throw e;
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
