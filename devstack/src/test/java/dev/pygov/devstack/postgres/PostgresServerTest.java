package dev.pygov.devstack.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @TempDir
    Path dataDir;

    @Test
    void createsDatabasesAndKeepsTheirDataAcrossRestarts() throws SQLException {
        try (PostgresServer server = PostgresServer.start(0, dataDir, false)) {
            server.ensureDatabase("membership");
            server.ensureDatabase("membership");
            try (Connection connection = connect(server, "membership"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE member (name text PRIMARY KEY)");
                sql.execute("INSERT INTO member VALUES ('Guido')");
            }
        }

        try (PostgresServer restarted = PostgresServer.start(0, dataDir, false);
             Connection connection = connect(restarted, "membership");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT name FROM member")) {
            assertTrue(rows.next());
            assertEquals("Guido", rows.getString(1));
        }
    }

    @Test
    void freshStartForgetsEverything() throws SQLException {
        try (PostgresServer server = PostgresServer.start(0, dataDir, false)) {
            server.ensureDatabase("election");
        }
        try (PostgresServer fresh = PostgresServer.start(0, dataDir, true);
             Connection connection = connect(fresh, "postgres");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_database WHERE datname = 'election'")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void runsAsWhateverUserStartedIt() throws SQLException {
        // Plain PostgreSQL refuses to run as root; this machine builds as root, so prove it works here.
        try (PostgresServer server = PostgresServer.start(0, null, true);
             Connection connection = connect(server, "postgres");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT 40 + 2")) {
            rows.next();
            assertEquals(42, rows.getInt(1));
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USERNAME, PostgresServer.PASSWORD);
    }
}
