package org.mentorcred.exam;

import org.mentorcred.infra.test.ServiceFoundationContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FoundationTest extends ServiceFoundationContract {
}
