package org.mentorcred.infra.test.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.openapi.OpenApiSpec;

import com.fasterxml.jackson.databind.ObjectMapper;

class AuthorizationMatrixTest {

    private static final OpenApiSpec SPEC = OpenApiSpec.parse("""
            {"openapi":"3.1.0","paths":{
              "/things/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
                                      "security":[{"jwt":[]}],"responses":{"200":{}}}},
              "/things":{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                                 "responses":{"201":{}}}}},
             "components":{"schemas":{"Thing":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}}}}""");

    private static AuthorizationMatrix matrix(String yaml) throws Exception {
        Object tree = new org.yaml.snakeyaml.Yaml().load(yaml);
        return AuthorizationMatrix.parse("test", new ObjectMapper().valueToTree(tree));
    }

    @Test
    void outcomesAreAllowedOrCodes() {
        Expectation allowedOr404 = Expectation.parse("allowed|404");
        assertTrue(allowedOr404.matches(200));
        assertTrue(allowedOr404.matches(404));
        assertFalse(allowedOr404.matches(403));
        assertFalse(allowedOr404.matches(500));
        assertTrue(Expectation.parse("403|404").matches(404));
        assertFalse(Expectation.parse("403").matches(200));
        assertThrows(IllegalArgumentException.class, () -> Expectation.parse("allowed|403"));
        assertThrows(IllegalArgumentException.class, () -> Expectation.parse("maybe"));
    }

    @Test
    void aMissingOperationAndAStaleRowAreBothReported() throws Exception {
        AuthorizationMatrix m = matrix("""
                operations:
                  GET /things/{id}: {expect: {others: 403}}
                  DELETE /things/{id}: {expect: {others: 403}}
                """);
        List<String> problems = AuthorizationMatrixCheck.coverage(SPEC, m);
        assertEquals(List.of("POST /things is in the OpenAPI document but not in the matrix",
                "DELETE /things/{id} is in the matrix but not in the OpenAPI document (stale)"), problems);
    }

    @Test
    void everyPrincipalNeedsAnOutcome() {
        var e = assertThrows(IllegalArgumentException.class, () -> matrix("""
                operations:
                  GET /things/{id}: {expect: {admin: allowed}}
                """));
        assertTrue(e.getMessage().contains("no outcome for anonymous"), e.getMessage());
    }

    @Test
    void anOwnersIdMustBeRefusedToTheOtherOwner() throws Exception {
        AuthorizationMatrix m = matrix("""
                operations:
                  GET /things/{id}: {expect: {applicantA: allowed, applicantB: allowed, anonymous: 401, others: 403}}
                  POST /things: {expect: {others: allowed}}
                """);
        assertEquals(List.of("GET /things/{id} takes an id that applicant A may use: applicant B must be refused"),
                AuthorizationMatrixCheck.ownership(SPEC, m));
    }

    @Test
    void callsAreFilledFromTheFixturesWithTheCallersCredentials() throws Exception {
        AuthorizationMatrix m = matrix("""
                anchors: {body: &body {name: "thing of ${subject}"}}
                operations:
                  GET /things/{id}: {expect: {others: 403}}
                  POST /things: {body: *body, expect: {others: allowed}}
                """);
        var get = SPEC.operations().stream().filter(o -> o.method().equals("GET")).findFirst().orElseThrow();
        PreparedCall call = m.entry("GET /things/{id}").prepare(get, Principal.APPLICANT_B, Map.of("id", "42"),
                c -> Map.of());
        assertEquals("GET /things/42", call.target());
        assertTrue(call.headers().get("Authorization").startsWith("Bearer "));
        var post = SPEC.operations().stream().filter(o -> o.method().equals("POST")).findFirst().orElseThrow();
        PreparedCall partner = m.entry("POST /things").prepare(post, Principal.PARTNER_X, Map.of(), c -> Map.of());
        assertEquals("{\"name\":\"thing of partnerX\"}", new String(partner.body()));
        assertTrue(partner.headers().get("X-API-Key").startsWith("mcpk_"));
        assertEquals("name", post.jsonBodySchema().path("required").get(0).asText(), "the $ref is resolved");
    }
}
