package org.mentorcred.commons.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

/** Endpoints that fail in every way an endpoint can, for the problem-mapper and security tests. */
@Path("/probe")
public class ProbeResource {

    public enum Mode { ONLINE, IN_PERSON, BLENDED }

    public record Line(@NotBlank String name, @Positive double hours) {
    }

    public record Form(@NotNull UUID id, @NotBlank String name, @NotNull Mode mode, LocalDate startDate,
            @NotEmpty List<@Valid Line> lines) {
    }

    public record Measure(java.math.BigDecimal hours, LocalDate on, java.time.OffsetDateTime at) {
    }

    @Inject
    CurrentUser user;

    @POST
    @Path("/measures")
    @PermitAll
    public String measure(Measure measure) {
        // Arithmetic that would take long (or fail) on an unbounded decimal: the bounds keep such input out.
        return measure.hours() == null ? "none" : measure.hours().add(java.math.BigDecimal.ONE).toPlainString();
    }

    @Inject
    org.mentorcred.commons.http.RateLimiter rateLimiter;

    @GET
    @Path("/limited/{bucket}")
    @PermitAll
    public String limited(@PathParam("bucket") String bucket) {
        // An hour, so the test never straddles two windows.
        rateLimiter.acquire("probe:" + bucket, 3, java.time.Duration.ofHours(1));
        return "ok";
    }

    @GET
    @Path("/annotated-limit")
    @PermitAll
    @org.mentorcred.commons.http.RateLimited(value = "probe-annotated", requests = 2, window = "1h")
    public String annotatedLimit() {
        return "ok";
    }

    @POST
    @Path("/forms")
    @PermitAll
    public Form submit(@Valid Form form) {
        return form;
    }

    @GET
    @Path("/pages")
    @PermitAll
    public String page(@QueryParam("size") @Min(1) @Max(100) int size) {
        return "size " + size;
    }

    @GET
    @Path("/things/{id}")
    @PermitAll
    public String thing(@PathParam("id") UUID id) {
        throw ProblemException.notFound("Thing", id);
    }

    @POST
    @Path("/conflicts")
    @PermitAll
    public String conflict() {
        throw ProblemException.conflict("illegal-transition", "Cannot withdraw a decided application")
                .with("currentState", "APPROVED");
    }

    @POST
    @Path("/things")
    @PermitAll
    public jakarta.ws.rs.core.Response create() {
        // Relative: JAX-RS resolves it against the request's base URI, which it builds from the Host header.
        return jakarta.ws.rs.core.Response.created(java.net.URI.create("probe/things/42")).build();
    }

    @GET
    @Path("/crash")
    @PermitAll
    public String crash() {
        throw new IllegalStateException("secret internals: SELECT * FROM users");
    }

    @GET
    @Path("/pool-exhausted")
    @PermitAll
    public String poolExhausted() {
        throw new IllegalStateException("Unable to acquire JDBC Connection",
                new java.sql.SQLException("Sorry, acquisition timeout!"));
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed(Roles.ADMIN)
    public String adminOnly() {
        return "hello " + user.subject();
    }

    @GET
    @Path("/mine/{owner}")
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER })
    public String mine(@PathParam("owner") String owner) {
        user.requireOwnerOrAnyRole(owner, Roles.REVIEWER);
        return "yours";
    }

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "should never be reachable";
    }
}
