package org.mentorcred.exam.result.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;
import org.mentorcred.exam.result.config.ResultConfig;
import org.mentorcred.exam.result.weights.WeightTable;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The scoring rules in force: the topic-weight table (versioned data, checked when the service starts and kept in
 * the database) and the pass mark of each level (configuration). A table that does not sum to 100 % per level,
 * a missing pass mark, or a stored table version whose weights differ from the resource stops the start.
 */
@ApplicationScoped
public class ExamRules {

    private static final Logger LOG = Logger.getLogger(ExamRules.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    ResultConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private WeightTable weights;
    private Map<Level, BigDecimal> passMarks;

    @PostConstruct
    void load() {
        try (InputStream json = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.weights())) {
            if (json == null) {
                throw new IllegalStateException("Exam weight table " + config.weights() + " is not on the classpath");
            }
            weights = WeightTable.read(json, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("Exam weight table " + config.weights() + " is unreadable", e);
        }
        passMarks = passMarks(config.passMark());
    }

    static Map<Level, BigDecimal> passMarks(Map<String, BigDecimal> configured) {
        Map<Level, BigDecimal> marks = new EnumMap<>(Level.class);
        configured.forEach((key, mark) -> {
            Level level;
            try {
                level = Level.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("mentorcred.exam.results.pass-mark." + key + ": no such level");
            }
            if (mark.signum() < 0 || mark.compareTo(HUNDRED) > 0) {
                throw new IllegalStateException("mentorcred.exam.results.pass-mark." + key + " must be 0 to 100: " + mark);
            }
            marks.put(level, mark);
        });
        List<Level> missing = Arrays.stream(Level.values()).filter(l -> !marks.containsKey(l)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No pass mark configured for " + missing
                    + " (mentorcred.exam.results.pass-mark.<LEVEL>)");
        }
        return marks;
    }

    /** Stores the table version on first start; refuses a version whose stored weights differ. */
    void store(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Map.Entry<Level, Map<Topic, BigDecimal>> level : weights.all().entrySet()) {
                for (Map.Entry<Topic, BigDecimal> topic : level.getValue().entrySet()) {
                    em.createNativeQuery("""
                            INSERT INTO exam_weight (table_version, level, topic, weight_percent) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT DO NOTHING""")
                            .setParameter(1, weights.version())
                            .setParameter(2, level.getKey().name())
                            .setParameter(3, topic.getKey().name())
                            .setParameter(4, topic.getValue())
                            .executeUpdate();
                }
            }
            @SuppressWarnings("unchecked")
            List<Object[]> stored = em.createNativeQuery(
                    "SELECT level, topic, weight_percent FROM exam_weight WHERE table_version = ?1")
                    .setParameter(1, weights.version())
                    .getResultList();
            for (Object[] row : stored) {
                BigDecimal expected = weights.of(Level.valueOf((String) row[0])).get(Topic.valueOf((String) row[1]));
                if (expected == null || expected.compareTo((BigDecimal) row[2]) != 0) {
                    throw new IllegalStateException("Exam weight table v" + weights.version() + " is stored with other "
                            + "weights (" + row[0] + "." + row[1] + " = " + row[2] + "); publish a new table version "
                            + "instead of changing one in use");
                }
            }
        });
        LOG.infof("Exam weight table v%d in force; pass marks %s", weights.version(), passMarks);
    }

    public WeightTable weights() {
        return weights;
    }

    public BigDecimal passMark(Level level) {
        return passMarks.get(level);
    }
}
