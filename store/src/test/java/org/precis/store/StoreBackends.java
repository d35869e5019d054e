package org.precis.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.precis.testing.PostgresServerExtension;

/** Runs each {@link BothStores} test once per {@link Backend}. */
final class StoreBackends implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoreBackends.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Backend.values()).map(StoreBackends::invocation);
    }

    private static TestTemplateInvocationContext invocation(Backend backend) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int index) {
                return backend.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Resolver(backend));
            }
        };
    }

    /** Gives the test its fixture (made on first use, closed after the test) and a store on it. */
    private record Resolver(Backend backend) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Store.class || type == StoreFixture.class || type == Backend.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            if (type == Backend.class) {
                return backend;
            }
            StoreFixture fixture = context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(StoreFixture.class, key -> fixture(context), StoreFixture.class);
            return type == Store.class ? fixture.open() : fixture;
        }

        private StoreFixture fixture(ExtensionContext context) {
            return StoreFixture.of(backend, () -> PostgresServerExtension.server(context));
        }
    }
}
