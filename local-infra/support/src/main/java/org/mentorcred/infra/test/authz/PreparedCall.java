package org.mentorcred.infra.test.authz;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A request ready to send, as plain data so that the fuzzer can spoil any part of it: method, path template, path
 * and query parameters, headers (credentials included), content type and body.
 */
public record PreparedCall(String method, String path, Map<String, String> pathParams, Map<String, String> query,
        Map<String, String> headers, String contentType, byte[] body) {

    /** Bodies go out as the bytes given, whatever their declared type (forms and multipart included). */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(EncoderConfig
            .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
            .encodeContentTypeAs("application/x-www-form-urlencoded", io.restassured.http.ContentType.BINARY)
            .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.BINARY));

    public PreparedCall {
        pathParams = new LinkedHashMap<>(pathParams);
        query = new LinkedHashMap<>(query);
        headers = new LinkedHashMap<>(headers);
    }

    public PreparedCall withBody(String newContentType, byte[] newBody) {
        return new PreparedCall(method, path, pathParams, query, headers, newContentType, newBody);
    }

    public PreparedCall withBody(String json) {
        return withBody(contentType == null ? "application/json" : contentType,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    public PreparedCall withPathParam(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(pathParams);
        copy.put(name, value);
        return new PreparedCall(method, path, copy, query, headers, contentType, body);
    }

    public PreparedCall withQuery(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return new PreparedCall(method, path, pathParams, copy, headers, contentType, body);
    }

    public PreparedCall withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new PreparedCall(method, path, pathParams, query, copy, contentType, body);
    }

    public PreparedCall withContentType(String newContentType) {
        return new PreparedCall(method, path, pathParams, query, headers, newContentType, body);
    }

    /** The path with its parameters filled in, for messages. */
    public String target() {
        String target = path;
        for (Map.Entry<String, String> p : pathParams.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        return method + " " + target + (query.isEmpty() ? "" : " " + query);
    }

    public Response send() {
        RequestSpecification request = given().config(RAW).redirects().follow(false);
        headers.forEach(request::header);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.body(body);
        }
        String url = path;
        for (Map.Entry<String, String> p : pathParams.entrySet()) {
            // Encoded by hand (RFC 3986 unreserved characters kept), so that any value, however odd, reaches the
            // service as sent.
            url = url.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        StringBuilder queryString = new StringBuilder();
        query.forEach((name, value) -> queryString.append(queryString.isEmpty() ? "?" : "&").append(encode(name))
                .append('=').append(encode(value)));
        url += queryString;
        return request.urlEncodingEnabled(false).request(method, url);
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
