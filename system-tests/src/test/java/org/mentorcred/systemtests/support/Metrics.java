package org.mentorcred.systemtests.support;

import static io.restassured.RestAssured.given;

import org.mentorcred.infra.suite.ServiceProcess;

/** Reads one instance's Prometheus metrics ({@code /q/metrics}), to tell what that instance did. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of every sample of {@code name} (all label sets) whose labels contain {@code labelFragment}. */
    public static double sum(ServiceProcess instance, String name, String labelFragment) {
        String text = given().baseUri(instance.managementUrl()).when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                String labels = line.contains("{") ? line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1) : "";
                if (labels.contains(labelFragment)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return sum;
    }
}
