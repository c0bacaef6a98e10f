package org.mentorcred.application.document.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.document.DocumentService;
import org.mentorcred.application.document.DocumentView;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/**
 * Evidence documents. Upload sends the raw bytes as the request body with their Content-Type (PDF, PNG or
 * JPEG); the service checks the bytes are what the type says.
 */
@Path("/api/v1/applications/{applicationId}/documents")
@Tag(name = "Evidence documents", description = "Certificates, letters, diplomas, case records: PDF, PNG or JPEG")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed, or another applicant's application",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such application or document",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DocumentResource {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    @Inject
    DocumentService documents;

    @POST
    @Consumes({ PDF, PNG, JPEG })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Upload a document",
            description = "The body is the document's bytes; Content-Type says what they are (application/pdf, image/png or "
                    + "image/jpeg) and must agree with the bytes themselves (422 otherwise). At most "
                    + "mentorcred.documents.max-size (10 MB by default; 413 beyond). Only while the application is a DRAFT.")
    @RequestBody(required = true, content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "201", description = "Stored, with its SHA-256",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (with currentState), or the application holds the most documents allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than the limit (maxBytes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG content type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The bytes are not of the declared type (content-type-mismatch, with declaredType and detectedType)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("applicationId") UUID applicationId,
            @QueryParam("filename") @Parameter(description = "Name to show and to offer on download", example = "certificate.pdf") String filename,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        MediaType type = MediaType.valueOf(contentType);
        DocumentService.Uploaded uploaded = documents.upload(applicationId, type.getType() + "/" + type.getSubtype(),
                filename, content == null ? new byte[0] : content);
        return Response.created(URI.create("/api/v1/applications/" + applicationId + "/documents/"
                + uploaded.document().documentId())).entity(uploaded.document())
                .tag(ETags.tag(uploaded.applicationVersion())).build();
    }

    @GET
    @Path("/{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Describe a document", description = "Name, type, size and checksum; the owner, reviewers and admins.")
    @APIResponse(responseCode = "200", description = "The document's metadata",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public DocumentView describe(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId) {
        return documents.describe(applicationId, documentId);
    }

    @GET
    @Path("/{documentId}/content")
    @Produces({ PDF, PNG, JPEG, Problem.MEDIA_TYPE })
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Download a document", description = "The bytes as uploaded, with their content type; the owner, reviewers and admins.")
    @APIResponse(responseCode = "200", description = "The bytes; the ETag is their SHA-256",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=...", schema = @Schema(implementation = String.class)),
            content = {
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response content(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId) {
        DocumentService.Content c = documents.content(applicationId, documentId);
        return Response.ok(c.bytes(), c.contentType())
                .header("Content-Disposition", contentDisposition(c.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .tag(new EntityTag(c.sha256()))
                .build();
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Delete a document", description = "Only while the application is a DRAFT and no section names the document.")
    @APIResponse(responseCode = "204", description = "Deleted",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (with currentState), or a section still names it (document-in-use, with usedBy)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return Response.noContent().tag(ETags.tag(documents.delete(applicationId, documentId, ifMatch))).build();
    }

    /** RFC 6266: a plain ASCII name for old clients, the exact UTF-8 name for the others. */
    static String contentDisposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
