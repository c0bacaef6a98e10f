package org.mentorcred.exam.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.mentorcred.commons.problem.ProblemException;

class OverloadTest {

    @Test
    void anExhaustedConnectionPoolIsA503BusyProblemNotA500() {
        RuntimeException poolTimeout = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        ProblemException problem = assertThrows(ProblemException.class, () -> Overload.shedding(() -> {
            throw poolTimeout;
        }));
        assertEquals(503, problem.status());
        assertEquals("https://mentorcred.org/problems/busy", problem.toProblem("/api/v1/bookings").getType().toString());
        assertEquals(Overload.RETRY_AFTER_SECONDS, problem.toProblem("/").getExtensions().get("retryAfterSeconds"));
    }

    @Test
    void otherFailuresPassThroughUnchanged() {
        RuntimeException other = new GenericJDBCException("boom", new SQLException("deadlock detected", "40P01"));
        assertSame(other, assertThrows(RuntimeException.class, () -> Overload.shedding(() -> {
            throw other;
        })));
        assertEquals("ok", Overload.shedding(() -> "ok"));
    }
}
