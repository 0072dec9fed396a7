package org.newsflow.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link EmbeddedStack}: {@code @ExtendWith(EmbeddedStackExtension.class)}, then take an
 * {@code EmbeddedStack} parameter in a constructor, a {@code @BeforeAll}/{@code @BeforeEach} method or a test.
 *
 * <p>One stack is shared by every test class of the JVM: it starts on first use and stops when the test run
 * ends. A broker takes seconds to start and tests isolate themselves with their own topic, subject and group
 * names, so one per class would only add start-up time. Tests that stop or restart a broker build their own.
 * Free ports and a temporary data directory keep parallel test JVMs apart.
 */
public final class EmbeddedStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedStackExtension.class);

    /** The JVM-wide stack, started on first call. */
    public static EmbeddedStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(EmbeddedStack.class, k -> EmbeddedStack.start(), EmbeddedStack.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }
}
