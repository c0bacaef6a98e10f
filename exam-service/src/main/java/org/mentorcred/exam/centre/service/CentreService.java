package org.mentorcred.exam.centre.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.exam.calendar.repository.SessionRepository;
import org.mentorcred.exam.centre.TestingCentre;
import org.mentorcred.exam.centre.repository.CentreRepository;
import org.mentorcred.exam.centre.rest.CentreRequest;
import org.mentorcred.exam.centre.rest.CentreView;
import org.mentorcred.exam.centre.rest.NearbyCentreView;
import org.mentorcred.exam.common.Constraints;
import org.mentorcred.exam.common.TimeSource;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Testing centres. Changing a centre never changes sessions already scheduled there: their seats and start
 * instants were fixed when they were created (an admin moves a session explicitly, which tells its candidates).
 */
@ApplicationScoped
public class CentreService {

    @Inject
    CentreRepository centres;

    @Inject
    SessionRepository sessions;

    @Inject
    TimeSource time;

    @Transactional
    public CentreView create(CentreRequest request) {
        TestingCentre centre = new TestingCentre();
        centre.id = UUID.randomUUID();
        centre.createdAt = time.now();
        apply(centre, request);
        centres.persist(centre);
        centres.flush();
        return CentreView.of(centre);
    }

    @Transactional
    public CentreView update(UUID id, CentreRequest request) {
        if (request.version() == null) {
            throw ProblemException.badRequest("Send the version you read, so nobody's change is overwritten",
                    List.of(new Violation("version", "must not be null")));
        }
        TestingCentre centre = require(id);
        if (centre.version != request.version()) {
            throw ProblemException.conflict("stale-version", "Centre " + id + " was changed meanwhile (version "
                    + centre.version + ", you sent " + request.version() + "); read it again and retry")
                    .with("currentVersion", centre.version);
        }
        apply(centre, request);
        centres.flush();
        return CentreView.of(centre);
    }

    @Transactional
    public void delete(UUID id) {
        TestingCentre centre = require(id);
        if (sessions.count("centreId", id) > 0) {
            throw centreHasSessions(id);
        }
        centres.delete(centre);
        try {
            centres.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "exam_session_centre_id_fkey")) { // a session was added meanwhile
                throw centreHasSessions(id);
            }
            throw e;
        }
    }

    private static ProblemException centreHasSessions(UUID id) {
        return ProblemException.conflict("centre-has-sessions",
                "Centre " + id + " has sessions; deactivate it instead (active=false) so its history stays");
    }

    @Transactional
    public CentreView get(UUID id) {
        return CentreView.of(require(id));
    }

    @Transactional
    public Page<CentreView> list(String country, String city, Boolean active, PageParams page) {
        PanacheQuery<TestingCentre> query = centres.search(country, city, active, page);
        return Page.of(query.list().stream().map(CentreView::of).toList(), page, query::count);
    }

    @Transactional
    public List<NearbyCentreView> nearest(double latitude, double longitude, int limit) {
        List<CentreRepository.Nearby> nearby = centres.nearest(latitude, longitude, limit);
        Map<UUID, TestingCentre> byId = centres.byIds(nearby.stream().map(CentreRepository.Nearby::centreId).toList());
        return nearby.stream()
                .map(n -> new NearbyCentreView(CentreView.of(byId.get(n.centreId())),
                        BigDecimal.valueOf(n.distanceKm()).setScale(1, RoundingMode.HALF_UP)))
                .toList();
    }

    public TestingCentre require(UUID id) {
        TestingCentre centre = centres.findById(id);
        if (centre == null) {
            throw ProblemException.notFound("Testing centre", id);
        }
        return centre;
    }

    private void apply(TestingCentre centre, CentreRequest request) {
        centre.name = request.name().strip();
        centre.address = request.address().strip();
        centre.city = request.city().strip();
        centre.country = request.country();
        centre.latitude = request.latitude();
        centre.longitude = request.longitude();
        centre.timeZone = request.timeZone();
        centre.seatsPerSession = request.seatsPerSession();
        centre.active = request.active() == null || request.active();
        centre.updatedAt = time.now();
    }
}
