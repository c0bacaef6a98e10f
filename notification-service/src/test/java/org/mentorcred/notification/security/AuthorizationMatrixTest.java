package org.mentorcred.notification.security;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.authz.AuthorizationMatrixCheck;

import io.quarkus.test.junit.QuarkusTest;

/** Every operation × every principal, as src/test/resources/authorization-matrix.yaml says. */
@QuarkusTest
class AuthorizationMatrixTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyOperationAdmitsExactlyThePrincipalsOfTheMatrix() {
        AuthorizationMatrixCheck.verify("authorization-matrix.yaml", SecurityFixtures.create(bootstrap));
    }
}
