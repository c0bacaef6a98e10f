package org.mentorcred.application.review.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.application.review.Review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {
}
