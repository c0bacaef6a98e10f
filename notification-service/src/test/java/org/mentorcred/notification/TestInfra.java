package org.mentorcred.notification;

import org.mentorcred.infra.test.LocalInfraResource;
import org.mentorcred.notification.support.SmtpServerResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test in this module runs against the real PostgreSQL (database notification_test), a broker of its own
 * and a real SMTP server (GreenMail).
 */
@QuarkusTestResource(value = LocalInfraResource.class,
        initArgs = @ResourceArg(name = LocalInfraResource.DATABASE, value = "notification_test"))
@QuarkusTestResource(SmtpServerResource.class)
public class TestInfra {
}
