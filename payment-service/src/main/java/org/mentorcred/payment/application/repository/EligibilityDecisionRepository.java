package org.mentorcred.payment.application.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.payment.application.EligibilityDecision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EligibilityDecisionRepository implements PanacheRepositoryBase<EligibilityDecision, UUID> {
}
