package org.mentorcred.infra.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the suite and the tests use, and the few administrative things they need
 * from it: is it there, and create a database if it is missing.
 *
 * Settings come from the environment ({@code MENTORCRED_PG_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}) and default to the local server with trust authentication.
 */
public record PgServer(String host, int port, String user, String password) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public static PgServer fromEnvironment() {
        return new PgServer(
                env("MENTORCRED_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env("MENTORCRED_PG_PORT", "5432")),
                env("MENTORCRED_PG_USER", "postgres"),
                env("MENTORCRED_PG_PASSWORD", ""));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Fails with a message a person can act on when the server cannot be reached or refuses us. */
    public void checkReachable() {
        try (Connection ignored = connect("postgres")) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port + " as user '" + user
                    + "': " + e.getMessage().replaceAll("\\.$", "") + ". Start PostgreSQL or set MENTORCRED_PG_HOST, MENTORCRED_PG_PORT, "
                    + "MENTORCRED_PG_USER and MENTORCRED_PG_PASSWORD.", e);
        }
    }

    /** Creates the database unless it exists; safe when several processes do it at once. */
    public void ensureDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name we create: " + name);
        }
        try (Connection c = connect("postgres")) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) { // created meanwhile
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database (disconnecting its sessions) and creates it empty: a clean slate for a test run. */
    public void recreateDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches() || !name.endsWith("_system") && !name.endsWith("_test")
                && !name.endsWith("_bench")) {
            throw new IllegalArgumentException("Only test, system-test and benchmark databases are recreated: " + name);
        }
        try (Connection c = connect("postgres"); Statement drop = c.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name + ": " + e.getMessage(), e);
        }
        ensureDatabase(name);
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
