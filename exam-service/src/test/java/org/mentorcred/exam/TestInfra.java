package org.mentorcred.exam;

import org.mentorcred.infra.test.LocalInfraResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test in this module runs against the real PostgreSQL (database exam_test) and a broker of its own. */
@QuarkusTestResource(value = LocalInfraResource.class,
        initArgs = @ResourceArg(name = LocalInfraResource.DATABASE, value = "exam_test"))
public class TestInfra {
}
