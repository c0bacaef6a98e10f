package org.mentorcred.systemtests.api;

import java.util.List;
import java.util.Map;

import org.mentorcred.infra.suite.Suite;

/** notification-service's public API: the delivery log (admin). */
public final class NotificationApi extends ServiceClient {

    public NotificationApi(Suite suite) {
        super(suite, "notification-service");
    }

    /** Every notification about the application, newest first. */
    public List<Map<String, Object>> log(String applicationId) {
        return asAdmin().queryParam("applicationId", applicationId).queryParam("size", 200)
                .when().get("/api/v1/notifications").then().statusCode(200).extract().path("items");
    }
}
