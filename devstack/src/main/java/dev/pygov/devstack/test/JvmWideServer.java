package dev.pygov.devstack.test;

import java.util.Properties;
import java.util.function.Supplier;

/**
 * Starts a server once per JVM and remembers how to reach it in a system property.
 *
 * <p>Quarkus may load a test resource class several times (one class loader per test application), so a
 * static field alone would start one server per loader. System properties are shared by all loaders.
 */
final class JvmWideServer {

    private JvmWideServer() {
    }

    /**
     * @param key     system property holding the address of the running server
     * @param starter starts the server, registers its own shutdown, and returns its address
     */
    static String addressOf(String key, Supplier<String> starter) {
        Properties shared = System.getProperties();
        synchronized (shared) {
            String address = shared.getProperty(key);
            if (address == null) {
                address = starter.get();
                shared.setProperty(key, address);
            }
            return address;
        }
    }

    static void stopAtExit(String name, AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("devstack: " + name + " did not stop cleanly: " + e);
            }
        }, "pygov-devstack-stop-" + name));
    }
}
