package org.mentorcred.application.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.repository.ApplicationRepository;
import org.mentorcred.application.application.repository.CredentialHeldRepository;
import org.mentorcred.application.application.repository.EngagementRepository;
import org.mentorcred.application.application.repository.TrainingRepository;
import org.mentorcred.application.application.service.ApplicationAccess;
import org.mentorcred.application.common.Sha256;
import org.mentorcred.application.common.Times;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;

/**
 * Evidence documents of an application. The declared type is believed only when the bytes are of that type;
 * a document can be added or deleted only while its application is a draft, and not deleted while a section
 * still points at it.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationRepository applications;

    @Inject
    DocumentRepository documents;

    @Inject
    TrainingRepository trainings;

    @Inject
    EngagementRepository engagements;

    @Inject
    CredentialHeldRepository credentials;

    @Inject
    EntityManager em;

    @Inject
    DocumentsConfig config;

    @Inject
    CurrentUser user;

    public record Uploaded(DocumentView document, long applicationVersion) {
    }

    public record Content(String filename, String contentType, String sha256, byte[] bytes) {
    }

    @Transactional
    public Uploaded upload(UUID applicationId, String declaredType, String filename, byte[] content) {
        Application app = access.draftOfCaller(applicationId, null);
        long max = config.maxSize().asLongValue();
        if (content.length > max) {
            throw tooLarge(content.length, max);
        }
        DocumentType declared = DocumentType.ofMediaType(declaredType)
                .orElseThrow(() -> new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                        "Documents are PDF, PNG or JPEG; " + declaredType + " is not accepted"));
        DocumentType actual = DocumentType.recognise(content).orElse(null);
        if (actual != declared) {
            throw ProblemException.unprocessable("content-type-mismatch",
                    "The content is not a " + declared.description() + " although it was declared as "
                            + declared.mediaType(),
                    List.of(new Violation("content", actual == null
                            ? "is not a " + declared.description() + " (nor a PDF, PNG or JPEG)"
                            : "is a " + actual.description() + ", not a " + declared.description())))
                    .with("declaredType", declared.mediaType())
                    .with("detectedType", actual == null ? "unknown" : actual.mediaType());
        }
        if (documents.countOf(app.id) >= config.maxPerApplication()) {
            throw ProblemException.conflict("too-many-documents", "An application holds at most "
                    + config.maxPerApplication() + " documents; delete one you no longer need");
        }
        Document d = new Document();
        d.id = UUID.randomUUID();
        d.applicationId = app.id;
        d.filename = filename(filename, declared);
        d.contentType = declared.mediaType();
        d.sizeBytes = content.length;
        d.sha256 = Sha256.hexDigest(content);
        d.content = content;
        d.uploadedAt = Times.now();
        d.uploadedBy = user.subject();
        documents.persist(d);
        app.touch(d.uploadedAt);
        applications.flush();
        return new Uploaded(DocumentView.of(d), app.version);
    }

    @Transactional
    public DocumentView describe(UUID applicationId, UUID documentId) {
        return DocumentView.of(document(access.forReading(applicationId), documentId));
    }

    @Transactional
    public Content content(UUID applicationId, UUID documentId) {
        Document d = document(access.forReading(applicationId), documentId);
        return new Content(d.filename, d.contentType, d.sha256, d.content);
    }

    /** @return the application's version afterwards */
    @Transactional
    public long delete(UUID applicationId, UUID documentId, String ifMatch) {
        Application app = access.draftOfCaller(applicationId, ifMatch);
        Document d = document(app, documentId);
        List<String> usedBy = usedBy(app, d.id);
        if (!usedBy.isEmpty()) {
            throw ProblemException.conflict("document-in-use",
                    "The document is still the evidence of " + String.join(", ", usedBy) + "; change those first")
                    .with("usedBy", usedBy);
        }
        documents.delete(d);
        app.touch(Times.now());
        applications.flush();
        return app.version;
    }

    private List<String> usedBy(Application app, UUID documentId) {
        List<String> uses = new ArrayList<>();
        if (trainings.countUsing(documentId) > 0) {
            uses.add("trainings");
        }
        if (engagements.countUsing(documentId) > 0) {
            uses.add("references");
        }
        if (credentials.countUsing(documentId) > 0) {
            uses.add("credentialsHeld");
        }
        if (app.education != null && documentId.equals(app.education.documentId)) {
            uses.add("education");
        }
        if (app.experience != null && contains(app.experience.caseRecordDocumentIds, documentId)) {
            uses.add("experience");
        }
        if (app.contribution != null && contains(app.contribution.documentIds, documentId)) {
            uses.add("contribution");
        }
        return uses;
    }

    private Document document(Application app, UUID documentId) {
        return documents.findByIdOptional(documentId).filter(d -> d.applicationId.equals(app.id))
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
    }

    private static boolean contains(UUID[] ids, UUID id) {
        if (ids == null) {
            return false;
        }
        for (UUID candidate : ids) {
            if (candidate.equals(id)) {
                return true;
            }
        }
        return false;
    }

    static ProblemException tooLarge(long size, long max) {
        return new ProblemException(413, "document-too-large", "Content too large",
                "The document has " + size + " bytes; the limit is " + max + " bytes")
                .with("maxBytes", max);
    }

    /** A name to show and to offer on download: the client's, without any path, or one made up from the type. */
    static String filename(String given, DocumentType type) {
        if (given == null || given.isBlank()) {
            return "document" + type.extension();
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document" + type.extension();
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
