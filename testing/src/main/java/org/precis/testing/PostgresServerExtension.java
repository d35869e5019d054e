package org.precis.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a {@link PostgresServer} parameter: one server for the whole test run, started on
 * first use and kept in JUnit's root store, which closes it (stops the server, deletes its
 * directory) when the run ends. Each test asks it for a database of its own with {@link
 * PostgresServer#createDatabase}.
 */
public final class PostgresServerExtension implements ParameterResolver {

    /** The run's server, started if this is the first test that asks. */
    public static PostgresServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PostgresServerExtension.class))
                .getOrComputeIfAbsent(PostgresServer.class, type -> PostgresServer.start(), PostgresServer.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }
}
