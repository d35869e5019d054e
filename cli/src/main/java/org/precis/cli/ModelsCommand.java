package org.precis.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis models}: the store's model registry. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "The model registry: register model versions, list and show them with each site's"
                + " evaluation, promote a version to production, roll back, export a version's file.",
        subcommands = {
            ModelsListCommand.class,
            ModelsShowCommand.class,
            ModelsRegisterCommand.class,
            ModelsPromoteCommand.class,
            ModelsRollbackCommand.class,
            ModelsExportCommand.class
        })
final class ModelsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }
}
