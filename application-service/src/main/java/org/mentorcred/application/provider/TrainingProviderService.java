package org.mentorcred.application.provider;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Countries;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Invalid;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.evidence.CentreType;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Admins manage partner providers. Activating a QTSP serves the fast-track applications waiting for one. */
@ApplicationScoped
public class TrainingProviderService {

    @Inject
    TrainingProviderRepository providers;

    @Inject
    TrainingProviderAssigner assigner;

    @Transactional
    public TrainingProviderView create(TrainingProviderInput input) {
        Instant now = Times.now();
        TrainingProvider p = new TrainingProvider();
        p.id = UUID.randomUUID();
        p.createdAt = now;
        apply(p, input, now);
        providers.persist(p);
        providers.flush();
        serveWaitingApplications(p);
        return TrainingProviderView.of(p);
    }

    @Transactional
    public TrainingProviderView update(UUID id, TrainingProviderInput input, String ifMatch) {
        TrainingProvider p = find(id);
        ETags.check(ifMatch, p.version);
        apply(p, input, Times.now());
        providers.flush();
        serveWaitingApplications(p);
        return TrainingProviderView.of(p);
    }

    @Transactional
    public TrainingProviderView get(UUID id) {
        return TrainingProviderView.of(find(id));
    }

    @Transactional
    public Page<TrainingProviderView> list(CentreType type, Boolean active, PageParams paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        PanacheQuery<TrainingProvider> query = providers.find(where.toString(), Sort.ascending("name").and("id"), params)
                .page(paging.page, paging.size);
        return Page.of(query.list().stream().map(TrainingProviderView::of).toList(), paging, query::count);
    }

    TrainingProvider find(UUID id) {
        return providers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Training provider", id));
    }

    private void serveWaitingApplications(TrainingProvider p) {
        if (p.active && p.type == CentreType.QTSP) {
            assigner.assignPending();
        }
    }

    private static void apply(TrainingProvider p, TrainingProviderInput in, Instant now) {
        if (!Countries.isKnown(in.country())) {
            throw Invalid.field("country", "is not an ISO 3166-1 alpha-2 country code");
        }
        p.name = in.name().strip();
        p.type = in.type();
        p.address = blankToNull(in.address());
        p.city = in.city().strip();
        p.country = in.country();
        p.latitude = in.latitude();
        p.longitude = in.longitude();
        p.contactName = blankToNull(in.contactName());
        p.contactEmail = in.contactEmail().strip();
        p.contactPhone = blankToNull(in.contactPhone());
        p.preferredLanguage = blankToNull(in.preferredLanguage());
        p.active = in.active();
        p.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
