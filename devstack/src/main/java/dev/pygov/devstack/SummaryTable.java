package dev.pygov.devstack;

import dev.pygov.devstack.demo.DemoWorld;
import dev.pygov.devstack.demo.DemoWorldSeeder;
import dev.pygov.devstack.keycloak.DemoUser;
import dev.pygov.devstack.keycloak.DemoUsers;
import dev.pygov.devstack.keycloak.KeycloakServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        Map<String, String> logins = demoLogins(platform);
        for (DemoUser user : DemoUsers.ALL) {
            table.row("demo login", user.username() + " / " + user.password(), logins.get(user.username()));
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

    /**
     * Each demo login with the roles membership-service says they hold (GET /people/me/roles with their own token),
     * plus the roles only Keycloak decides; where the login's token says otherwise (e.g. after --empty), that too.
     */
    private static Map<String, String> demoLogins(RunningPlatform platform) {
        Map<String, String> logins = new LinkedHashMap<>();
        boolean membershipRuns = platform.services().stream().anyMatch(s -> s.spec().name().equals("membership"));
        for (DemoUser user : DemoUsers.ALL) {
            Set<String> keycloakOnly = new TreeSet<>(user.roles());
            keycloakOnly.removeAll(DemoWorld.MEMBERSHIP_ROLES);
            if (!membershipRuns) {
                logins.put(user.username(), String.join(", ", user.roles()) + "  (realm; membership-service not running)");
                continue;
            }
            try {
                DemoWorldSeeder.LoginRoles roles = DemoWorldSeeder.loginRoles(platform, user.username());
                Set<String> shown = new TreeSet<>(roles.membership());
                shown.addAll(keycloakOnly);
                String text = shown.isEmpty() ? "(none)" : String.join(", ", shown);
                if (!roles.membership().equals(roles.tokenMembershipRoles())) {
                    text += "  (token still: " + String.join(", ", roles.tokenMembershipRoles()) + ")";
                }
                logins.put(user.username(), text);
            } catch (RuntimeException e) {
                logins.put(user.username(), String.join(", ", user.roles()) + "  (realm; membership-service did not answer)");
            }
        }
        return logins;
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
