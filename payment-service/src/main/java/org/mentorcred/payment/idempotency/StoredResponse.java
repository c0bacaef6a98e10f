package org.mentorcred.payment.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A response as bytes: what an idempotent request answered first, and answers again on a retry. */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public Response toResponse(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).header(HttpHeaders.CONTENT_TYPE, contentType)
                .entity(body);
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }
}
