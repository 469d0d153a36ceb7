package org.corroborate.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases store tests run against: always a fresh SQLite file; a fresh PostgreSQL schema too when
 * {@code CORROBORATE_TEST_POSTGRES} names a server ({@code postgresql://user:password@localhost:5432/db}), as
 * {@code .ci/run} does.
 */
final class Databases {

    static final String POSTGRES_VARIABLE = "CORROBORATE_TEST_POSTGRES";

    private Databases() {
    }

    /** "sqlite", and "postgresql" when a server is configured. */
    static List<String> engines() {
        List<String> engines = new ArrayList<>(List.of("sqlite"));
        if (postgres().isPresent()) {
            engines.add("postgresql");
        }
        return engines;
    }

    /** A location for a new, empty knowledge base of {@code engine}. */
    static String fresh(String engine, Path folder) {
        if (engine.equals("sqlite")) {
            return folder.resolve("kb-" + UUID.randomUUID() + ".db").toString();
        }
        String server = postgres().orElseThrow();
        String name = "corroborate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database admin = Database.at(server);
        try (Connection c = DriverManager.getConnection(admin.url(), admin.properties());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + server + ": " + e.getMessage(), e);
        }
        int slash = server.lastIndexOf('/');
        return server.substring(0, slash + 1) + name;
    }

    private static Optional<String> postgres() {
        return Optional.ofNullable(System.getenv(POSTGRES_VARIABLE)).filter(s -> !s.isBlank());
    }
}
