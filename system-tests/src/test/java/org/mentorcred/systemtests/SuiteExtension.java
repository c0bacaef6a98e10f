package org.mentorcred.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mentorcred.infra.suite.Suite;

import io.restassured.RestAssured;

/**
 * Starts the {@link Suite} once for every system test class of the run (stored in the root context, so it is
 * closed when the whole run ends, also after failures) and hands it to tests as a parameter.
 */
public class SuiteExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Suite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return suite(extension);
    }

    private static Suite suite(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Suite.class, type -> Suite.start(SystemTestSettings.options()), Suite.class);
    }
}
