package dev.pygov.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * One PyGov service as the launcher runs it.
 *
 * @param name       short name, also its database and log file name
 * @param module     Maven module folder
 * @param portOffset added to the base port
 */
public record ServiceSpec(String name, String module, int portOffset) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("membership", "membership-service", 1),
            new ServiceSpec("election", "election-service", 2),
            new ServiceSpec("proposal", "proposal-service", 3),
            new ServiceSpec("notification", "notification-service", 4));

    public String database() {
        return name;
    }

    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(spec -> spec.name.equals(name) || spec.module.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service " + name + "; known: "
                        + ALL.stream().map(ServiceSpec::name).toList()));
    }
}
