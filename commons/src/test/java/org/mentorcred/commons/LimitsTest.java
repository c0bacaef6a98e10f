package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LimitsTest {

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post("/probe/forms")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("maxBytes", equalTo(65536));
    }

    @Test
    void callsOverTheRateLimitAre429ProblemsWithRetryAfter() {
        String bucket = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().when().get("/probe/limited/" + bucket).then().statusCode(200);
        }
        given().when().get("/probe/limited/" + bucket)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://mentorcred.org/problems/too-many-requests"));
        // Another bucket is counted on its own.
        given().when().get("/probe/limited/" + bucket + "-other").then().statusCode(200);
    }

    @Test
    void anAnnotatedEndpointIsLimitedPerCallerAndTheLimitIsConfigurable() {
        // Configured to 4 per hour in application.properties (the annotation says 2): anonymous callers count by address.
        for (int i = 0; i < 4; i++) {
            given().when().get("/probe/annotated-limit").then().statusCode(200);
        }
        given().when().get("/probe/annotated-limit")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        // A signed-in caller has a bucket of their own.
        given().header("Authorization", org.mentorcred.infra.test.TestTokens.bearer("admin", "limit-" + java.util.UUID.randomUUID()))
                .when().get("/probe/annotated-limit").then().statusCode(200);
    }

    /** Sent without a length (chunked), a body over the limit is refused as it grows, with a 413 problem. */
    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws Exception {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /probe/forms HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 8; i++) { // 128 KB, twice the limit
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (java.io.IOException closed) {
                // the service may close the connection while the rest is still being written
            }
            String answer = read(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"maxBytes\":65536"), answer);
        }
    }

    /** A chunked body within the limit reaches the endpoint whole, as one sent with its length does. */
    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        String form = "{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"name\":\"Chunked\",\"mode\":\"ONLINE\","
                + "\"lines\":[{\"name\":\"a\",\"hours\":2}]}";
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /probe/forms HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            int half = form.length() / 2;
            for (String part : new String[] { form.substring(0, half), form.substring(half) }) {
                out.write((Integer.toHexString(part.length()) + "\r\n" + part + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"name\":\"Chunked\""), answer);
        }
    }

    /** A body still incomplete mentorcred.http.body-timeout (2 s here) after its headers is a 408 problem. */
    @Test
    void aBodyThatDoesNotArriveInTimeIsA408Problem() throws Exception {
        try (Socket socket = socket()) {
            socket.getOutputStream().write(("POST /probe/forms HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = read(socket);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("content-type: application/problem+json"), answer);
            assertEquals(-1, socket.getInputStream().read(), "the connection is closed after the answer");
        }
    }

    /** A connection on which nothing is sent is closed after quarkus.http.idle-timeout (3 s here). */
    @Test
    void anIdleConnectionIsClosed() throws Exception {
        try (Socket socket = socket()) {
            long start = System.nanoTime();
            assertEquals(-1, socket.getInputStream().read());
            assertTrue(System.nanoTime() - start < java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
        }
    }

    private static Socket socket() throws java.io.IOException {
        Socket socket = new Socket("localhost", io.restassured.RestAssured.port);
        socket.setSoTimeout(20_000); // a read that blocks this long fails the test
        return socket;
    }

    /** What the service answered, up to the end of its body (or of the connection). */
    private static String read(Socket socket) throws java.io.IOException {
        java.io.InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        int length = -1;
        int headEnd = -1;
        int b;
        while ((b = in.read()) >= 0) {
            text.append((char) b);
            if (headEnd < 0 && text.length() >= 4 && text.substring(text.length() - 4).equals("\r\n\r\n")) {
                headEnd = text.length();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                        .matcher(text);
                length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
            if (headEnd >= 0 && text.length() - headEnd >= length) {
                break;
            }
        }
        return text.toString();
    }
}
