package org.mentorcred.commons.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * The one place where failures become responses: every error any endpoint of any service answers is an
 * RFC 9457 {@code application/problem+json} body. Client errors say what to fix (each invalid field for a
 * 400 or 422); server errors say only that something went wrong and give an id to quote, never a stack
 * trace, a class name or SQL.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final long BUSY_RETRY_AFTER_SECONDS = 2;
    /** The detail of a 401 without (valid) credentials; a service whose API takes another credential may reword it. */
    public static final String CREDENTIALS_REQUIRED = "A valid bearer token is required";

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(e.toProblem(request.path()));
        e.headers().forEach(response::header);
        if (e.status() == 401 && !e.headers().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    @ServerExceptionMapper({ ConstraintViolationException.class, ValidationException.class })
    public Response invalid(ValidationException e, HttpServerRequest request) {
        if (!(e instanceof ConstraintViolationException cve)) {
            return unexpected(e, request);
        }
        List<Violation> violations = new ArrayList<>();
        boolean returnValue = false;
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            returnValue |= isReturnValue(v.getPropertyPath());
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        if (returnValue) {
            return unexpected(e, request); // our response broke its own contract: a bug, not the client's
        }
        return problem(ProblemException.invalid(violations), request);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class,
            InvalidFormatException.class, ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return respond(unreadableBody(e, request.path()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        Problem problem = new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                CREDENTIALS_REQUIRED, request.path(), null, null);
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation", request.path(), null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return respond(unreadableBody(json, request.path()));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is too large";
            case 415 -> "The request's content type is not supported here";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug(title)), title, status, detail, request.path(), null, null));
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        if (causeOf(e, OptimisticLockException.class) != null
                || causeOf(e, org.hibernate.StaleStateException.class) != null) {
            return respond(new Problem(Problem.type("concurrent-update"), "Conflict", 409,
                    "Someone else changed this resource meanwhile; read it again and retry", request.path(), null,
                    null));
        }
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) { // thrown inside a transaction and wrapped on the way out
            return problem(problem, request);
        }
        if (poolExhausted(e)) { // load, not a bug: no connection became free within the pool's acquisition timeout
            LOG.warnf("No database connection free in time for %s %s; answered 503", request.method(), request.path());
            return problem(ProblemException.busy(BUSY_RETRY_AFTER_SECONDS), request);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s %s", errorId, request.method(), request.path());
        return respond(new Problem(Problem.type("internal"), "Internal server error", 500,
                "Something went wrong on our side. Quote error id " + errorId + " if you report it.",
                request.path(), null, Map.of("errorId", errorId)));
    }

    /** Agroal's "Sorry, acquisition timeout!", however deep it is wrapped. */
    static boolean poolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Problem unreadableBody(JsonProcessingException e, String instance) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return new Problem(Problem.type("malformed-json"), "Malformed JSON", 400,
                    "The request body is not valid JSON" + where, instance, null, null);
        }
        String field = pathOf(mapping);
        String message;
        if (e instanceof org.mentorcred.commons.http.InvalidJsonValueException invalid) {
            message = invalid.getOriginalMessage();
        } else if (e instanceof ValueInstantiationException vie && vie.getCause() != null
                && vie.getCause().getMessage() != null) {
            message = vie.getCause().getMessage();
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "must be " + describe(mismatch.getTargetType());
        } else {
            message = "has an invalid value";
        }
        return new Problem(Problem.type("validation"), "Invalid request", 400,
                field.isEmpty() ? "The request body " + message : "Field " + field + " " + message, instance,
                List.of(new Violation(field.isEmpty() ? "body" : field, message)), null);
    }

    /** What a client should send, in words, without naming our classes. */
    public static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "a timestamp (RFC 3339, e.g. 2026-01-31T09:30:00Z)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray() || java.util.Set.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * {@code create.request.training[0].hours} becomes {@code training[0].hours}: the method and the body
     * parameter are ours, not the client's; a query or path parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && i < nodes.size() - 1) {
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) { // List<@NotBlank String>: the element, not a property
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
                continue;
            }
            if (node.getName() != null && !node.getName().isEmpty()) {
                if (node.getIndex() != null && !field.isEmpty()) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null && !field.isEmpty()) {
                    field.append('[').append(node.getKey()).append(']');
                }
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            } else if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
