package org.mentorcred.systemtests.api;

import org.mentorcred.infra.suite.Suite;

import io.restassured.response.ValidatableResponse;

/** eligibility-service's public API: decisions and the published rules. */
public final class EligibilityApi extends ServiceClient {

    public EligibilityApi(Suite suite) {
        super(suite, "eligibility-service");
    }

    /** The decision on the application's latest submission, as its applicant reads it. */
    public ValidatableResponse decision(Applicant applicant, String applicationId) {
        return as(applicant).when().get("/api/v1/eligibility/decisions/" + applicationId).then();
    }
}
