package org.mentorcred.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the OpenAPI document tells front-end and partner developers about authentication. */
@QuarkusTest
class OpenApiTest {

    @Test
    void partnerOperationsAskForAnApiKeyAndStaffOperationsForABearerToken() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.partnerApiKey.type", equalTo("apiKey"))
                .body("components.securitySchemes.partnerApiKey.in", equalTo("header"))
                .body("components.securitySchemes.partnerApiKey.name", equalTo("X-API-Key"))
                .body("paths.'/partner/v1/completions'.post.security[0]", hasKey("partnerApiKey"))
                .body("paths.'/partner/v1/completions'.post.security[0]", not(hasKey("SecurityScheme")))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/applications'.get.security[0]", hasKey("SecurityScheme"))
                .body("paths.'/api/v1/admin/outbox'.get.security[0]", hasKey("SecurityScheme"))
                .body("paths.'/api/v1/programmes'.get.security", nullValue());
    }
}
