package dev.pygov.devstack.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions Maven wrote into the jar, so the code never repeats the root pom. */
public final class DevstackVersions {

    private static final Properties VERSIONS = load();

    private DevstackVersions() {
    }

    public static String keycloak() {
        return VERSIONS.getProperty("keycloak.version");
    }

    private static Properties load() {
        try (InputStream in = DevstackVersions.class.getResourceAsStream("/dev/pygov/devstack/versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("versions.properties missing from the devstack jar", e);
        }
    }
}
