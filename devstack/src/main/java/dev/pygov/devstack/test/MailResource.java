package dev.pygov.devstack.test;

import dev.pygov.devstack.mail.MailInboxClient;
import dev.pygov.devstack.mail.MailServer;
import dev.pygov.devstack.mail.ReceivedMail;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for {@code @QuarkusTest}: one per JVM, with the Quarkus mailer pointed at it and
 * its mock turned off. Read what was sent with {@link #received()} / {@link #receivedBy(String)}.
 */
public class MailResource implements QuarkusTestResourceLifecycleManager {

    private static final String ADDRESS_PROPERTY = "pygov.devstack.test.mail.ports";

    @Override
    public Map<String, String> start() {
        Ports ports = ports();
        return Map.of(
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", Integer.toString(ports.smtp()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        // The server lives until the JVM exits.
    }

    /** Every delivered copy so far (one per recipient), oldest first. */
    public static List<ReceivedMail> received() {
        return inbox().all();
    }

    /** What one address received, oldest first. */
    public static List<ReceivedMail> receivedBy(String address) {
        return inbox().to(address);
    }

    /** Forgets everything received so far. */
    public static void clear() {
        inbox().clear();
    }

    public static int smtpPort() {
        return ports().smtp();
    }

    /*
     * The server object may belong to another class loader (see JvmWideServer), so messages are read
     * through its HTTP inbox, which every loader can reach.
     */
    private static MailInboxClient inbox() {
        return new MailInboxClient("http://localhost:" + ports().http() + "/mail");
    }

    private static Ports ports() {
        return Ports.parse(JvmWideServer.addressOf(ADDRESS_PROPERTY, MailResource::startServer));
    }

    private static String startServer() {
        MailServer server = MailServer.startWithHttpApi(0, 0);
        JvmWideServer.stopAtExit("mail", server);
        return new Ports(server.smtpPort(), server.httpPort()).format();
    }

    private record Ports(int smtp, int http) {
        static Ports parse(String text) {
            String[] parts = text.split(",");
            return new Ports(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        String format() {
            return smtp + "," + http;
        }
    }
}
