package org.mentorcred.infra.test;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the service's management interface (health, metrics) in a {@code @QuarkusTest}: its own port, which
 * {@link LocalInfraResource} picks, apart from the API's.
 */
public final class Management {

    private Management() {
    }

    /** The management port of the service under test. */
    public static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** A REST Assured request to the management interface ({@code given().get("/q/health/ready")}). */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri("http://localhost").port(port());
    }
}
