package dev.pygov.devstack;

import dev.pygov.devstack.keycloak.DemoUser;
import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.keycloak.KeycloakServer;

import java.util.ArrayList;
import java.util.List;

/** The one table the launcher prints once everything is ready. */
final class SummaryTable {

    private final List<String[]> rows = new ArrayList<>();

    private SummaryTable() {
    }

    static String render(RunningPlatform platform, long startMillis) {
        SummaryTable table = new SummaryTable();
        for (RunningService service : platform.services()) {
            String name = service.spec().name();
            table.row(name, "service", service.url());
            table.row("", "swagger ui", service.swaggerUiUrl());
            table.row("", "openapi", service.openApiUrl());
            table.row("", "health", service.healthUrl());
            table.row("", "log", service.process().log().toString());
        }
        KeycloakServer keycloak = platform.keycloak();
        table.row("keycloak", "issuer (realm pygov)", keycloak.issuerUrl());
        table.row("", "admin console", keycloak.adminConsoleUrl() + "  (" + KeycloakServer.ADMIN_USERNAME + " / "
                + KeycloakServer.ADMIN_PASSWORD + ")");
        table.row("", "log", keycloak.log().toString());
        for (DemoUser user : DemoUsers.ALL) {
            table.row("demo login", user.username() + " / " + user.password(), String.join(", ", user.roles()));
        }
        table.row("mail", "smtp", platform.mail().host() + ":" + platform.mail().smtpPort() + "  (no auth, no TLS)");
        table.row("", "inbox", platform.mailInboxUrl() + "  (GET, ?to=addr, DELETE)");
        table.row("postgres", "server", "localhost:" + platform.postgres().port() + "  (postgres / postgres)");
        for (ServiceSpec spec : platform.options().services()) {
            table.row("", spec.database(), platform.jdbcUrl(spec.database()));
        }
        table.row("kafka", "bootstrap", platform.kafkaBootstrapServers());
        table.row("data", "dir", platform.options().dataDir().toAbsolutePath().normalize().toString());
        return table.format("PyGov is up after " + (System.currentTimeMillis() - startMillis) / 1000
                + " s. Ctrl-C stops everything.");
    }

    private void row(String component, String what, String where) {
        rows.add(new String[] {component, what, where});
    }

    private String format(String title) {
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String rule = "+" + "-".repeat(widths[0] + 2) + "+" + "-".repeat(widths[1] + 2) + "+" + "-".repeat(widths[2] + 2) + "+";
        StringBuilder out = new StringBuilder().append(title).append('\n').append(rule).append('\n');
        String previousComponent = null;
        for (String[] row : rows) {
            if (!row[0].isEmpty()) {
                if (previousComponent != null && !row[0].equals(previousComponent)) {
                    out.append(rule).append('\n');
                }
                previousComponent = row[0];
            }
            out.append(String.format("| %-" + widths[0] + "s | %-" + widths[1] + "s | %-" + widths[2] + "s |%n",
                    row[0], row[1], row[2]));
        }
        return out.append(rule).toString();
    }
}
