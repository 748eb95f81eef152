package dev.pygov.devstack.test;

import dev.pygov.devstack.postgres.Databases;
import dev.pygov.devstack.postgres.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for {@code @QuarkusTest}: one server per JVM, a new empty database for every test
 * application it starts. Use with {@code @WithTestResource(PostgresResource.class)} (or
 * {@code @QuarkusTestResource}).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT_PROPERTY = "pygov.devstack.test.postgres.port";

    @Override
    public Map<String, String> start() {
        int port = Integer.parseInt(JvmWideServer.addressOf(PORT_PROPERTY, PostgresResource::startServer));
        String database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Databases.ensure(port, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.username", PostgresServer.USERNAME,
                "quarkus.datasource.password", PostgresServer.PASSWORD);
    }

    private static String startServer() {
        PostgresServer server = PostgresServer.start(0, null, true);
        JvmWideServer.stopAtExit("postgres", server);
        return Integer.toString(server.port());
    }

    @Override
    public void stop() {
        // The server lives until the JVM exits; each test application simply leaves its database behind.
    }
}
