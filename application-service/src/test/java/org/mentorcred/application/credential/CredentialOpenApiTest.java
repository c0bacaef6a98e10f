package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;

import io.quarkus.test.junit.QuarkusTest;

/** What the OpenAPI document says about who may call the credential endpoints, and the new event's contract. */
@QuarkusTest
class CredentialOpenApiTest {

    @Test
    void verificationBadgeStatusListsKeysAndRegistryArePublicTheRestNeedsABearerToken() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/credentials/{number}/verification'.get.security", nullValue())
                .body("paths.'/api/v1/credentials/{number}/badge'.get.security", nullValue())
                .body("paths.'/api/v1/credentials/{number}/badge'.get.responses.'200'.content", hasKey("application/vc+jwt"))
                .body("paths.'/api/v1/credentials/status-lists/{listId}'.get.security", nullValue())
                .body("paths.'/.well-known/jwks.json'.get.security", nullValue())
                .body("paths.'/api/v1/registry'.get.security", nullValue())
                .body("paths.'/api/v1/credentials/{number}/suspension'.post.security[0]", hasKey("SecurityScheme"))
                .body("paths.'/api/v1/credentials/{number}/renewals'.post.security[0]", hasKey("SecurityScheme"))
                .body("paths.'/api/v1/admin/jobs/credential-expiry'.post.security[0]", hasKey("SecurityScheme"));
    }

    @Test
    void theCredentialReinstatedExampleMatchesItsSchema() {
        EventContracts.assertValid("application-service", "CredentialReinstated",
                EventContracts.example("application-service", "CredentialReinstated"));
    }
}
