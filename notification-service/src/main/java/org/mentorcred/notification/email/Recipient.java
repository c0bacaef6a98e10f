package org.mentorcred.notification.email;

import io.quarkus.qute.TemplateData;

/** Who an email goes to, and the language ({@link Languages#resolve resolved}) it is written in. */
@TemplateData
public record Recipient(String name, String email, String language) {
}
