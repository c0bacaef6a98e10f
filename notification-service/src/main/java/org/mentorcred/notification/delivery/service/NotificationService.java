package org.mentorcred.notification.delivery.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.notification.contact.ApplicationContact;
import org.mentorcred.notification.contact.repository.ApplicationContactRepository;
import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.email.EmailKind;
import org.mentorcred.notification.email.EmailRenderer;
import org.mentorcred.notification.email.Recipient;
import org.mentorcred.notification.email.RenderedEmail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns what events say into queued emails, and keeps the delivery log. Emails are only written here (in the
 * caller's transaction, the consumer's inbox transaction); the {@link DeliveryDispatcher} sends them after
 * the commit, so a slow or absent SMTP server never holds up an event.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    /** The event an email comes from. */
    public record EventRef(String id, String type) {
    }

    @Inject
    NotificationRepository notifications;

    @Inject
    ApplicationContactRepository contacts;

    @Inject
    EmailRenderer renderer;

    /** The domain of the addresses erasure gives erased people ({@link ApplicantErasure}): never mailed. */
    static final String ERASED_DOMAIN = "@erased.invalid";

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    ObjectMapper mapper;

    /** Queues an email to someone the event itself names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(EventRef event, EmailKind kind, UUID applicationId, String name, String email,
            String preferredLanguage, Object model) {
        if (notifications.exists(event.id(), kind.template())) {
            LOG.debugf("%s already caused its %s email", event, kind.template());
            return;
        }
        if (email != null && email.toLowerCase(java.util.Locale.ROOT).endsWith(ERASED_DOMAIN)) {
            LOG.infof("%s email of %s not sent: its recipient was erased", kind.template(), event);
            return;
        }
        Recipient to = new Recipient(name, email, renderer.languageFor(preferredLanguage));
        Notification notification = newNotification(event, kind, applicationId);
        queue(notification, to, renderer.render(kind, to, model));
        notifications.persist(notification);
    }

    /** Queues an email to the applicant the event names, unless the applicant of that application was erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendToNamedApplicant(EventRef event, EmailKind kind, UUID applicationId, String name, String email,
            String preferredLanguage, Object model) {
        ApplicationContact contact = contacts.findById(applicationId);
        if (erased(contact, kind, event)) {
            return;
        }
        send(event, kind, applicationId, name, email, preferredLanguage, model);
    }

    /** True (and logged) if the contact's applicant was erased: nothing more is emailed to them. */
    private static boolean erased(ApplicationContact contact, EmailKind kind, EventRef event) {
        if (contact == null || contact.erasedAt == null) {
            return false;
        }
        LOG.infof("%s email of %s not sent: the applicant of application %s was erased", kind.template(), event,
                contact.applicationId);
        return true;
    }

    /**
     * Queues an email to the applicant of an application when the event names only the application. If the
     * applicant is not known yet (the events of other topics may overtake ApplicationSubmitted), the email
     * waits for them: {@link #learnApplicant} renders and queues it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendToApplicant(EventRef event, EmailKind kind, UUID applicationId, Object model) {
        contacts.lockApplication(applicationId);
        ApplicationContact contact = contacts.findById(applicationId);
        if (erased(contact, kind, event)) {
            return;
        }
        if (contact != null) {
            send(event, kind, applicationId, contact.name, contact.email, contact.preferredLanguage, model);
            return;
        }
        if (notifications.exists(event.id(), kind.template())) {
            return;
        }
        Notification notification = newNotification(event, kind, applicationId);
        notification.status = NotificationStatus.WAITING_FOR_RECIPIENT;
        notification.model = json(model);
        notifications.persist(notification);
        LOG.infof("%s email of %s waits for the applicant of application %s", kind.template(), event, applicationId);
    }

    /**
     * Records who the applicant of an application is and releases the emails that waited for them.
     * {@code authoritative} details (ApplicationSubmitted's) replace what is known; others only fill a gap.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learnApplicant(EventRef event, UUID applicationId, String name, String email,
            String preferredLanguage, String programme, boolean authoritative) {
        contacts.lockApplication(applicationId);
        if (!contacts.save(applicationId, name, email, preferredLanguage, programme, event.type(), authoritative)) {
            return;
        }
        Recipient to = new Recipient(name, email, renderer.languageFor(preferredLanguage));
        for (Notification waiting : notifications.waitingFor(applicationId)) {
            release(waiting, to);
        }
    }

    /** Queues a copy of an email that was sent or failed: a deliberate second delivery. */
    @Transactional
    public Notification resend(UUID id) {
        Notification original = notifications.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        if (original.status != NotificationStatus.SENT && original.status != NotificationStatus.FAILED
                || original.textBody == null) {
            throw ProblemException.conflict("notification-not-resendable", switch (original.status) {
                case PENDING -> "This email is still queued; it is sent (or retried) without a resend";
                case WAITING_FOR_RECIPIENT -> "This email waits for its recipient to be known";
                default -> "This email was never rendered: " + original.lastError;
            }).with("currentState", original.status.name());
        }
        Notification copy = new Notification();
        copy.id = UUID.randomUUID();
        copy.eventId = original.eventId;
        copy.eventType = original.eventType;
        copy.applicationId = original.applicationId;
        copy.template = original.template;
        copy.resendOf = original.id;
        copy.createdAt = now();
        queue(copy, new Recipient(null, original.recipient, original.language),
                new RenderedEmail(original.subject, original.htmlBody, original.textBody));
        notifications.persist(copy);
        return copy;
    }

    @Transactional
    public Page<Notification> search(NotificationRepository.Filter filter, PageParams paging) {
        var query = notifications.search(filter, paging);
        return Page.of(query.list(), paging, query::count);
    }

    @Transactional
    public Notification get(UUID id) {
        return notifications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Notification", id));
    }

    private void release(Notification waiting, Recipient to) {
        EmailKind kind = EmailKind.ofTemplate(waiting.template).orElse(null);
        try {
            if (kind == null) {
                throw new IllegalStateException("no template " + waiting.template);
            }
            queue(waiting, to, renderer.render(kind, to, mapper.readValue(waiting.model, kind.modelType())));
            waiting.model = null;
        } catch (JsonProcessingException | RuntimeException e) {
            // One email that cannot be built must not hold up the applicant's other emails.
            LOG.errorf(e, "Waiting %s email %s could not be rendered", waiting.template, waiting.id);
            waiting.status = NotificationStatus.FAILED;
            waiting.recipient = to.email();
            waiting.lastError = "Could not render the email: " + e.getMessage();
            waiting.updatedAt = now();
        }
    }

    private void queue(Notification notification, Recipient to, RenderedEmail email) {
        notification.recipient = to.email();
        notification.language = to.language();
        notification.subject = email.subject();
        notification.htmlBody = email.html();
        notification.textBody = email.text();
        notification.status = NotificationStatus.PENDING;
        notification.nextAttemptAt = now();
        notification.updatedAt = now();
        dispatcher.wakeUpAfterCommit();
    }

    private static Notification newNotification(EventRef event, EmailKind kind, UUID applicationId) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = event.id();
        notification.eventType = event.type();
        notification.applicationId = applicationId;
        notification.template = kind.template();
        notification.createdAt = now();
        notification.updatedAt = notification.createdAt;
        return notification;
    }

    private String json(Object model) {
        try {
            return mapper.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Email model " + model.getClass().getSimpleName() + " is not serialisable", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
