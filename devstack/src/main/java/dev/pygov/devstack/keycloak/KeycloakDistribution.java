package dev.pygov.devstack.keycloak;

import dev.pygov.devstack.support.Directories;
import dev.pygov.devstack.support.DevstackVersions;
import dev.pygov.devstack.support.RepoRoot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution, unpacked once into {@code ~/.cache/pygov/keycloak-VERSION}, and
 * per-server homes that share its jars but keep their own {@code data/}.
 */
final class KeycloakDistribution {

    private static final String DONE_MARKER = ".pygov-unpacked";

    private KeycloakDistribution() {
    }

    /** The unpacked distribution, unpacking it first if needed. */
    static synchronized Path unpacked() {
        Path target = cacheDir();
        if (Files.exists(target.resolve(DONE_MARKER))) {
            return target;
        }
        Path zip = locateZip();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
            unzipStrippingTopFolder(zip, staging);
            markScriptsExecutable(staging.resolve("bin"));
            Files.createFile(staging.resolve(DONE_MARKER));
            Directories.deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + target, e);
        }
    }

    /**
     * A Keycloak home of its own: a copy of {@code bin/} (kc.sh derives the home from its own location) and
     * links to the shared jars, themes and configuration.
     */
    static Path homeAt(Path home) {
        Path distribution = unpacked();
        try {
            Files.createDirectories(home.resolve("data/import"));
            if (!Files.exists(home.resolve("bin/kc.sh"))) {
                copyDirectory(distribution.resolve("bin"), home.resolve("bin"));
                markScriptsExecutable(home.resolve("bin"));
            }
            for (String shared : List.of("lib", "providers", "themes", "conf", "version.txt")) {
                Path link = home.resolve(shared);
                if (Files.exists(distribution.resolve(shared)) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, distribution.resolve(shared));
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare a Keycloak home at " + home, e);
        }
    }

    static Path cacheDir() {
        String configured = System.getProperty("pygov.keycloak.cache");
        Path base = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "pygov");
        return base.resolve("keycloak-" + DevstackVersions.keycloak()).toAbsolutePath();
    }

    /** System property {@code pygov.keycloak.zip}, else the copy the build puts in devstack/target, else ~/.m2. */
    static Path locateZip() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("pygov.keycloak.zip");
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        RepoRoot.find().ifPresent(root -> candidates.add(root.resolve("devstack/target/keycloak/keycloak-quarkus-dist.zip")));
        String version = DevstackVersions.keycloak();
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".zip"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "Keycloak distribution zip not found; build devstack first (./mvnw -pl devstack install). Looked at: "
                        + candidates));
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = target.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry escapes the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void markScriptsExecutable(Path bin) throws IOException {
        try (var scripts = Files.list(bin)) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".sh")).toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
