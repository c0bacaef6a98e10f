package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.CentreType;

@Schema(description = "A partner training provider")
public record TrainingProviderView(UUID id, String name, CentreType type, String address, String city, String country,
        double latitude, double longitude, String contactName, String contactEmail, String contactPhone,
        String preferredLanguage, boolean active, @Schema(description = "Also sent as the ETag") long version,
        Instant createdAt, Instant updatedAt) {

    public static TrainingProviderView of(TrainingProvider p) {
        return new TrainingProviderView(p.id, p.name, p.type, p.address, p.city, p.country, p.latitude, p.longitude,
                p.contactName, p.contactEmail, p.contactPhone, p.preferredLanguage, p.active, p.version, p.createdAt,
                p.updatedAt);
    }
}
