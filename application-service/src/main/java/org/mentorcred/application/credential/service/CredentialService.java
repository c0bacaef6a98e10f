package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.mapping.RegistryEntry;
import org.mentorcred.application.credential.mapping.VerificationView;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reading credentials (public verification, the registry, the holder's and staff's views) and registry listing. */
@ApplicationScoped
public class CredentialService {

    @Inject
    CredentialRepository credentials;

    @Inject
    CredentialViews views;

    @Inject
    CurrentUser user;

    @Transactional
    public VerificationView verification(String number) {
        return views.verification(find(number), Times.now());
    }

    @Transactional
    public Page<RegistryEntry> registry(ProgrammeCode programme, String name, PageParams paging) {
        PanacheQuery<Credential> query = credentials.registry(Times.now(), programme, name, paging);
        return Page.of(query.list().stream().map(views::registryEntry).toList(), paging, query::count);
    }

    /** The holder, reviewers and admins. */
    @Transactional
    public CredentialView get(String number) {
        Credential credential = find(number);
        user.requireOwnerOrAnyRole(credential.holderSubject, Roles.REVIEWER, Roles.ADMIN);
        return views.full(credential, Times.now());
    }

    @Transactional
    public Page<CredentialView> mine(PageParams paging) {
        return page(credentials.ofHolder(user.subject(), paging), paging);
    }

    @Transactional
    public Page<CredentialView> search(CredentialStatus status, ProgrammeCode programme, PageParams paging) {
        return page(credentials.search(status, programme, paging), paging);
    }

    /**
     * The holder lists the credential in the public registry, or takes it off. Only members are listed, so a
     * non-member's opt-in is refused (422); opting out is always possible.
     */
    @Transactional
    public CredentialView setRegistryListing(String number, boolean listed, String ifMatch) {
        Credential credential = credentials.lockExisting(number);
        requireHolder(user, credential);
        ETags.check(ifMatch, credential.version);
        if (listed && !credential.applicant.member) {
            throw ProblemException.unprocessable("not-a-member", "The registry lists members' credentials only",
                    List.of(new Violation("listed", "Only members may list a credential in the registry")));
        }
        if (credential.registryListed != listed) {
            credential.registryListed = listed;
            credential.updatedAt = Times.now();
            credentials.flush();
        }
        return views.full(credential, Times.now());
    }

    Credential find(String number) {
        return credentials.findByNumber(number).orElseThrow(() -> ProblemException.notFound("Credential", number));
    }

    private Page<CredentialView> page(PanacheQuery<Credential> query, PageParams paging) {
        Instant now = Times.now();
        return Page.of(query.list().stream().map(c -> views.summary(c, now)).toList(), paging, query::count);
    }

    /** Only the holder acts on their credential (renewal, listing, permanent status); anyone else gets 403. */
    static void requireHolder(CurrentUser user, Credential credential) {
        String me = user.subject();
        if (me == null || !me.equals(credential.holderSubject)) {
            throw ProblemException.forbidden("This credential belongs to someone else");
        }
    }
}
