package org.mentorcred.exam.result.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.mentorcred.commons.api.PageParams;
import org.mentorcred.exam.result.ExamResult;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<ExamResult, UUID> {

    /** The application's results, latest first. */
    public List<ExamResult> ofApplication(UUID applicationId) {
        return list("applicationId", Sort.descending("recordedAt").and("id"), applicationId);
    }

    public Optional<ExamResult> ofBooking(UUID bookingId) {
        return find("bookingId", bookingId).firstResultOptional();
    }

    public PanacheQuery<ExamResult> search(String subject, UUID applicationId, Boolean passed, PageParams page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subject != null) {
            where.append(" and subject = :subject");
            params.and("subject", subject);
        }
        if (applicationId != null) {
            where.append(" and applicationId = :applicationId");
            params.and("applicationId", applicationId);
        }
        if (passed != null) {
            where.append(" and passed = :passed");
            params.and("passed", passed);
        }
        return find(where.toString(), Sort.descending("recordedAt").and("id"), params).page(Page.of(page.page, page.size));
    }
}
