package org.mentorcred.commons;

import org.mentorcred.infra.test.LocalInfraResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test in this module runs against the real PostgreSQL and a Kafka broker process of its own. */
@QuarkusTestResource(value = LocalInfraResource.class,
        initArgs = @ResourceArg(name = LocalInfraResource.DATABASE, value = "commons_test"))
public class TestInfra {
}
