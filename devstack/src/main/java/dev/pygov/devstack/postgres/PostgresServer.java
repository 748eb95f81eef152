package dev.pygov.devstack.postgres;

import dev.pygov.devstack.support.Directories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky's packaged binaries) on a fixed port and data directory.
 * The data directory survives restarts unless the server is created fresh.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param port    TCP port on localhost; 0 picks a free one
     * @param dataDir where the cluster lives; null for a throw-away temp directory
     * @param fresh   wipe an existing cluster in dataDir first
     */
    public static PostgresServer start(int port, Path dataDir, boolean fresh) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                if (fresh) {
                    Directories.deleteRecursively(dataDir);
                }
                Files.createDirectories(dataDir);
                // zonky's "clean" means delete on close; a kept cluster is reused when it finds postgresql.conf.
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it already exists. Names are lower-case identifiers. */
    public void ensureDatabase(String name) {
        Databases.ensure(port(), name);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
