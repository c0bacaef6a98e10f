package org.mentorcred.exam.centre.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A testing centre and its great-circle distance from the point asked about")
public record NearbyCentreView(
        CentreView centre,
        @Schema(description = "Kilometres, one decimal", examples = "343.6") BigDecimal distanceKm) {
}
