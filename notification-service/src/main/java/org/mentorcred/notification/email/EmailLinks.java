package org.mentorcred.notification.email;

import io.quarkus.qute.TemplateData;

/** Where emails send people for the steps done elsewhere, and whom to ask. */
@TemplateData
public record EmailLinks(String portalUrl, String supportEmail) {
}
