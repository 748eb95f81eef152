package dev.pygov.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Refuses to start half a platform when a port is taken, typically by another devstack still running. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(PlatformOptions options) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("postgres (--postgres-port)", options.postgresPort());
        wanted.put("kafka (--kafka-port)", options.kafkaPort());
        wanted.put("smtp (--smtp-port)", options.smtpPort());
        wanted.put("mail inbox (--mail-api-port)", options.mailApiPort());
        wanted.put("keycloak (--keycloak-port)", options.keycloakPort());
        options.services().forEach(spec -> wanted.put(spec.name() + " (--base-port)", options.servicePort(spec)));
        List<String> taken = new ArrayList<>();
        wanted.forEach((name, port) -> {
            if (port > 0 && !isFree(port)) {
                taken.add(name + " " + port);
            }
        });
        if (!taken.isEmpty()) {
            throw new PlatformStartException("Ports already in use: " + String.join(", ", taken)
                    + ". Is another devstack running? Stop it or choose other ports.");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
