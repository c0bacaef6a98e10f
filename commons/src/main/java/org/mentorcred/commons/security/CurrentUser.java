package org.mentorcred.commons.security;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mentorcred.commons.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the token's subject and roles, and the one ownership rule every service applies
 * (an applicant reaches only their own data; staff roles reach what their role allows).
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    /** The token's subject ({@code sub}): the stable id resources are owned by. */
    public String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        String sub = jwt.getSubject();
        return sub != null ? sub : identity.getPrincipal().getName();
    }

    /** The {@code email} claim, if the token has one. */
    public String email() {
        return jwt.getClaim("email");
    }

    /**
     * The {@code email} claim if the identity provider vouches for it ({@code email_verified} is {@code true}, as a
     * JSON boolean or, as some providers send it, the string {@code "true"}); empty otherwise. Only such an address
     * may tie the caller to records of theirs that others keyed by e-mail (partners' completion records).
     */
    public Optional<String> verifiedEmail() {
        if (identity.isAnonymous() || !"true".equals(String.valueOf((Object) jwt.getClaim("email_verified")))) {
            return Optional.empty();
        }
        return Optional.ofNullable(email()).map(String::strip).filter(e -> !e.isEmpty());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /**
     * Passes if the caller owns the resource ({@code ownerSubject} is theirs) or holds one of
     * {@code roles}; otherwise 403.
     */
    public void requireOwnerOrAnyRole(String ownerSubject, String... roles) {
        if (hasAnyRole(roles)) {
            return;
        }
        String me = subject();
        if (me == null || !me.equals(ownerSubject)) {
            throw ProblemException.forbidden("This resource belongs to someone else");
        }
    }
}
