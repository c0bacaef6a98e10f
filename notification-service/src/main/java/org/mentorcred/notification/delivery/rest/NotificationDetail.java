package org.mentorcred.notification.delivery.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.notification.delivery.Notification;

/** A row of the delivery log with the email exactly as it was (or will be) sent. */
@Schema(name = "NotificationDetail", description = "A notification and its content")
public record NotificationDetail(
        NotificationView notification,
        @Schema(description = "The plain-text part; null while the recipient is not known") String textBody,
        @Schema(description = "The HTML part; null while the recipient is not known") String htmlBody) {

    static NotificationDetail of(Notification n) {
        return new NotificationDetail(NotificationView.of(n), n.textBody, n.htmlBody);
    }
}
