package org.mentorcred.payment.application.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.payment.application.ApplicationProjection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApplicationProjectionRepository implements PanacheRepositoryBase<ApplicationProjection, UUID> {
}
