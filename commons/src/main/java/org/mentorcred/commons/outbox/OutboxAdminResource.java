package org.mentorcred.commons.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** Operations view of this service's outbox: what waits to be published, and what keeps failing. */
@Path("/api/v1/admin/outbox")
@Tag(name = "Operations", description = "Health of this service's event publishing")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    @Schema(description = "How far event publishing is behind")
    public record OutboxStatus(
            @Schema(description = "Events committed but not yet acknowledged by Kafka", examples = "0") long pending,
            @Schema(description = "Pending events that failed at least once", examples = "0") long failing,
            @Schema(description = "Age in seconds of the oldest pending event", examples = "0") long oldestPendingSeconds,
            @Schema(description = "Last publishing error, if any") String lastError) {
    }

    @Schema(description = "An event in the outbox")
    public record OutboxEventView(UUID id, String topic, String key, String type, OffsetDateTime createdAt,
            OffsetDateTime sentAt, int attempts, String lastError) {

        static OutboxEventView of(OutboxEvent e) {
            return new OutboxEventView(e.id, e.topic, e.key, e.type, e.createdAt, e.sentAt, e.attempts, e.lastError);
        }
    }

    @Inject
    EntityManager em;

    @GET
    @Operation(summary = "Outbox status", description = "Pending and failing events of this service and the age of the oldest.")
    @APIResponse(responseCode = "200", description = "The status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxStatus.class),
                    examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "healthy",
                            value = "{\"pending\":0,\"failing\":0,\"oldestPendingSeconds\":0}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OutboxStatus status() {
        Object[] row = (Object[]) em.createQuery("""
                SELECT count(e), sum(CASE WHEN e.attempts > 0 THEN 1 ELSE 0 END), min(e.createdAt)
                FROM OutboxEvent e WHERE e.sentAt IS NULL""").getSingleResult();
        long pending = ((Number) row[0]).longValue();
        long failing = row[1] == null ? 0 : ((Number) row[1]).longValue();
        OffsetDateTime oldest = (OffsetDateTime) row[2];
        List<String> errors = em.createQuery("""
                SELECT e.lastError FROM OutboxEvent e
                WHERE e.sentAt IS NULL AND e.lastError IS NOT NULL ORDER BY e.seq DESC""", String.class)
                .setMaxResults(1).getResultList();
        return new OutboxStatus(pending, failing,
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, OffsetDateTime.now()).toSeconds()),
                errors.isEmpty() ? null : errors.get(0));
    }

    @GET
    @Path("/events")
    @Operation(summary = "List outbox events", description = "Newest first; PENDING (default), SENT or ALL.")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "empty",
                            value = "{\"items\":[],\"page\":0,\"size\":20,\"total\":0,\"totalPages\":0}")))
    @APIResponse(responseCode = "400", description = "Invalid paging or status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OutboxEventView> events(
            @QueryParam("status") @DefaultValue("PENDING") @Pattern(regexp = "PENDING|SENT|ALL", message = "must be PENDING, SENT or ALL")
            @Parameter(description = "PENDING, SENT or ALL", example = "PENDING") String status,
            @Valid @BeanParam PageParams paging) {
        String where = switch (status) {
            case "PENDING" -> "WHERE e.sentAt IS NULL";
            case "SENT" -> "WHERE e.sentAt IS NOT NULL";
            default -> "";
        };
        List<OutboxEvent> events = em.createQuery("SELECT e FROM OutboxEvent e " + where + " ORDER BY e.seq DESC",
                OutboxEvent.class).setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return Page.of(events.stream().map(OutboxEventView::of).toList(), paging,
                () -> em.createQuery("SELECT count(e) FROM OutboxEvent e " + where, Long.class).getSingleResult());
    }
}
