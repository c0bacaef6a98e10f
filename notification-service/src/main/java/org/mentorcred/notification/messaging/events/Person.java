package org.mentorcred.notification.messaging.events;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The applicant, candidate or holder an application event names: who they are and how to reach them. */
public record Person(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Email @Size(max = 320) String email,
        /** BCP 47; unknown or missing means the default language. */
        @Size(max = 35) String preferredLanguage) {
}
