package org.mentorcred.application.applicant;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApplicantRepository implements PanacheRepositoryBase<Applicant, UUID> {

    public Optional<Applicant> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
