package dev.pygov.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Command-line options of the launcher, turned into {@link PlatformOptions}. */
final class LauncherArgs {

    static final String USAGE = """
            Usage: java -jar devstack/target/pygov-devstack.jar [options]   (or ./start.sh [options])
                   java -jar devstack/target/pygov-devstack.jar clock [+DURATION] [--data-dir DIR]
                                      print the running platform's now; with +14d (d, h, m, s) move it forward first

              --fresh                 forget all data (databases, topics, Keycloak) and seed the demo world again
              --empty                 do not seed the demo world (membership-service then knows nobody)
              --data-dir DIR          where data and logs live (default .pygov-data)
              --base-port N           services on N+1..N+4, Keycloak on N+100 (default 8080)
              --postgres-port N       default 15432
              --kafka-port N          default 19092
              --smtp-port N           default 2525
              --mail-api-port N       HTTP inbox of received mail, default 8025
              --keycloak-port N       default base port + 100
              --services a,b          start only these services (membership, election, proposal, notification)
              --no-services           infrastructure only
              --ready-timeout SECONDS how long each service may take to be ready (default 180)
              --help
            """;

    private LauncherArgs() {
    }

    /** What to start: the platform, and whether to seed the demo world at its first start. */
    record Start(PlatformOptions options, boolean demoWorld) {
    }

    /** @return null when only help was asked for */
    static Start parse(String[] args, PlatformOptions defaults) {
        PlatformOptions options = defaults;
        boolean demoWorld = true;
        Integer keycloakPort = null;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String arg = it.next();
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--fresh" -> options = options.withFresh(true);
                case "--empty" -> demoWorld = false;
                case "--data-dir" -> options = options.withDataDir(Path.of(value(arg, it)));
                case "--base-port" -> options = options.withBasePort(port(arg, it));
                case "--postgres-port" -> options = options.withPostgresPort(port(arg, it));
                case "--kafka-port" -> options = options.withKafkaPort(port(arg, it));
                case "--smtp-port" -> options = options.withSmtpPort(port(arg, it));
                case "--mail-api-port" -> options = options.withMailApiPort(port(arg, it));
                case "--keycloak-port" -> keycloakPort = port(arg, it);
                case "--services" -> options = options.withServices(
                        Arrays.stream(value(arg, it).split(",")).map(String::trim).map(ServiceSpec::named).toList());
                case "--no-services" -> options = options.withServices(List.of());
                case "--ready-timeout" -> options = options.withReadyTimeout(Duration.ofSeconds(number(arg, it)));
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        // Applied last so that --base-port, which moves Keycloak too, cannot undo it.
        return new Start(keycloakPort == null ? options : options.withKeycloakPort(keycloakPort), demoWorld);
    }

    private static String value(String option, Iterator<String> it) {
        if (!it.hasNext()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return it.next();
    }

    private static int port(String option, Iterator<String> it) {
        int port = number(option, it);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a port between 1 and 65535");
        }
        return port;
    }

    private static int number(String option, Iterator<String> it) {
        String text = value(option, it);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + text);
        }
    }
}
