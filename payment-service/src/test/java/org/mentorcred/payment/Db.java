package org.mentorcred.payment;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Looks into the service's database where the API does not show what a test must check. */
public final class Db {

    private Db() {
    }

    public static long count(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(DataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until payment-service's inbox has applied the event with this ce_id. */
    public static void awaitProcessed(DataSource db, String ceId) {
        await().atMost(Api.WAIT).until(() -> count(db,
                "SELECT count(*) FROM processed_event WHERE consumer = 'payment-service' AND event_id = ?", ceId) == 1);
    }

    /** Events of a type the outbox holds for an application (sent or not). */
    public static long outboxEvents(DataSource db, String applicationId, String ceType) {
        return count(db, "SELECT count(*) FROM outbox_event WHERE message_key = ? AND event_type = ?", applicationId,
                ceType);
    }
}
