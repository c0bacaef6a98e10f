package org.mentorcred.application.provider.completion;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.provider.completion.BatchResult.Outcome;
import org.mentorcred.application.provider.completion.BatchResult.RecordResult;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * Stores partners' completion records. Each record is checked on its own, and written on its own savepoint
 * within one transaction: a record the database refuses is rolled back alone and reported, the others are
 * kept. Writes are upserts on (provider, provider record id), so a record sent twice is stored once.
 */
@ApplicationScoped
public class CompletionService {

    private static final Logger LOG = Logger.getLogger(CompletionService.class);

    private static final String UPSERT = """
            INSERT INTO completion_record (id, provider_id, provider_record_id, learner_email, learner_name, course_name,
                level, hours, in_person_days, mode, start_date, end_date, instructor_name, instructor_email, received_at,
                updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (provider_id, provider_record_id) DO UPDATE SET
                learner_email = EXCLUDED.learner_email, learner_name = EXCLUDED.learner_name,
                course_name = EXCLUDED.course_name, level = EXCLUDED.level, hours = EXCLUDED.hours,
                in_person_days = EXCLUDED.in_person_days, mode = EXCLUDED.mode, start_date = EXCLUDED.start_date,
                end_date = EXCLUDED.end_date, instructor_name = EXCLUDED.instructor_name,
                instructor_email = EXCLUDED.instructor_email, updated_at = EXCLUDED.updated_at
            RETURNING id""";

    @Inject
    EntityManager em;

    @Inject
    CompletionRecordRepository records;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    Event<CompletionsRecorded> recorded;

    /** A record that passed its checks, at its position in the request. */
    record Candidate(int index, CompletionInput input) {
    }

    /** Checks every element, then stores those that passed; one result per element, in order. */
    @Transactional
    public List<RecordResult> store(UUID providerId, List<JsonNode> elements) {
        List<RecordResult> results = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> firstIndexOf = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String recordId = element.path("providerRecordId").isTextual() ? element.get("providerRecordId").asText() : null;
            List<Violation> violations = new ArrayList<>();
            CompletionInput input = read(element, violations);
            if (input != null) {
                violations.addAll(check(input));
                Integer earlier = firstIndexOf.putIfAbsent(input.providerRecordId(), i);
                if (earlier != null) {
                    violations.add(new Violation("providerRecordId",
                            "appears earlier in this batch (index " + earlier + "); send each record once"));
                }
            }
            if (violations.isEmpty()) {
                candidates.add(new Candidate(i, input));
            } else {
                results.add(new RecordResult(i, recordId, Outcome.REJECTED, null, violations));
            }
        }
        results.addAll(write(providerId, candidates));
        results.sort(Comparator.comparingInt(RecordResult::index));
        announce(providerId, candidates, results);
        return results;
    }

    /** Tells the application process whose training may have become complete, in this transaction. */
    private void announce(UUID providerId, List<Candidate> candidates, List<RecordResult> results) {
        Set<String> emails = new TreeSet<>();
        for (Candidate c : candidates) {
            Outcome outcome = results.get(c.index()).outcome();
            if (outcome == Outcome.CREATED || outcome == Outcome.UPDATED) {
                emails.add(c.input().learnerEmail().strip());
            }
        }
        if (!emails.isEmpty()) {
            String provider = em.find(org.mentorcred.application.provider.TrainingProvider.class, providerId).name;
            recorded.fire(new CompletionsRecorded(emails, "completion records from " + provider));
        }
    }

    @Transactional
    public Page<CompletionView> list(UUID providerId, PageParams paging) {
        PanacheQuery<CompletionRecord> query = records.find("providerId", Sort.descending("updatedAt").and("id"), providerId)
                .page(paging.page, paging.size);
        return Page.of(query.list().stream().map(CompletionView::of).toList(), paging, query::count);
    }

    /** 404 if there is no such record, 403 if it is another provider's. */
    @Transactional
    public CompletionView get(UUID providerId, UUID id) {
        CompletionRecord r = records.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Completion record", id));
        if (!r.providerId.equals(providerId)) {
            throw ProblemException.forbidden("This completion record belongs to another provider");
        }
        return CompletionView.of(r);
    }

    private CompletionInput read(JsonNode element, List<Violation> violations) {
        if (!element.isObject()) {
            violations.add(new Violation("body", "must be an object"));
            return null;
        }
        try {
            return mapper.treeToValue(element, CompletionInput.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(f -> f != null).reduce((a, b) -> a + "." + b).orElse("body");
            String message = e instanceof InvalidFormatException ife && ife.getTargetType() != null
                    && ife.getTargetType().isEnum()
                            ? "must be one of " + java.util.Arrays.toString(ife.getTargetType().getEnumConstants())
                            : "has an invalid value";
            violations.add(new Violation(field, message));
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            violations.add(new Violation("body", "is not a readable record"));
            return null;
        }
    }

    private List<Violation> check(CompletionInput input) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<CompletionInput> v : validator.validate(input)) {
            violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            violations.add(new Violation("endDate", "must not be before startDate"));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }

    private List<RecordResult> write(UUID providerId, List<Candidate> candidates) {
        List<RecordResult> results = new ArrayList<>();
        if (candidates.isEmpty()) {
            return results;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement savepoints = connection.createStatement();
                    PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Candidate c : candidates) {
                    results.add(writeOne(connection, savepoints, upsert, providerId, c));
                }
            }
        });
        return results;
    }

    /**
     * One record on its own savepoint. (Agroal refuses {@code Connection.rollback(Savepoint)} inside a JTA
     * transaction, so the savepoint is handled in SQL.)
     */
    private RecordResult writeOne(Connection connection, Statement savepoints, PreparedStatement upsert, UUID providerId,
            Candidate c) throws SQLException {
        CompletionInput in = c.input();
        UUID newId = UUID.randomUUID();
        Instant now = Times.now();
        savepoints.execute("SAVEPOINT completion_record");
        try {
            int p = 1;
            upsert.setObject(p++, newId);
            upsert.setObject(p++, providerId);
            upsert.setString(p++, in.providerRecordId().strip());
            upsert.setString(p++, in.learnerEmail().strip());
            upsert.setString(p++, in.learnerName().strip());
            upsert.setString(p++, in.courseName().strip());
            upsert.setString(p++, in.level() == null ? null : in.level().name());
            upsert.setBigDecimal(p++, in.hours());
            upsert.setBigDecimal(p++, in.inPersonDays() == null ? BigDecimal.ZERO : in.inPersonDays());
            upsert.setString(p++, in.mode().name());
            upsert.setDate(p++, Date.valueOf(in.startDate()));
            upsert.setDate(p++, Date.valueOf(in.endDate()));
            upsert.setString(p++, in.instructorName().strip());
            upsert.setString(p++, in.instructorEmail() == null || in.instructorEmail().isBlank() ? null : in.instructorEmail().strip());
            upsert.setTimestamp(p++, Timestamp.from(now));
            upsert.setTimestamp(p, Timestamp.from(now));
            UUID id;
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                id = rs.getObject(1, UUID.class);
            }
            savepoints.execute("RELEASE SAVEPOINT completion_record");
            // On conflict the existing row's id comes back: that is an update.
            return new RecordResult(c.index(), in.providerRecordId(), newId.equals(id) ? Outcome.CREATED : Outcome.UPDATED,
                    id, List.of());
        } catch (SQLException e) {
            savepoints.execute("ROLLBACK TO SAVEPOINT completion_record");
            String errorId = UUID.randomUUID().toString();
            LOG.warnf("Completion record %s of provider %s refused by the database (error id %s, SQL state %s): %s",
                    in.providerRecordId(), providerId, errorId, e.getSQLState(), e.getMessage());
            return new RecordResult(c.index(), in.providerRecordId(), Outcome.REJECTED, null,
                    List.of(new Violation("record", "could not be stored; the other records were. Quote error id "
                            + errorId + " if you report it")));
        }
    }
}
