package dev.pygov.devstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.pygov.devstack.support.FreePort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A real SMTP server (GreenMail, no authentication) that keeps every message it receives, and optionally
 * an HTTP inbox API over them (see {@link MailHttpApi}).
 */
public final class MailServer implements AutoCloseable {

    private final int smtpPort;
    private GreenMail greenMail;
    private MailHttpApi httpApi;
    /** What earlier runs of the SMTP server received, kept across {@link #stopSmtp()} and {@link #restartSmtp()}. */
    private final List<ReceivedMail> before = new ArrayList<>();

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.smtpPort = greenMail.getSmtp().getPort();
    }

    /** SMTP only. Port 0 picks a free one. */
    public static MailServer start(int smtpPort) {
        return new MailServer(startSmtp(FreePort.orFree(smtpPort)));
    }

    /** SMTP plus the HTTP inbox on {@code httpPort} (0 picks a free one). */
    public static MailServer startWithHttpApi(int smtpPort, int httpPort) {
        MailServer server = start(smtpPort);
        try {
            server.httpApi = MailHttpApi.start(server, FreePort.orFree(httpPort));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static GreenMail startSmtp(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    public String host() {
        return "localhost";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /**
     * Stops accepting SMTP connections, as a relay outage would (senders get "connection refused"); what was
     * received so far stays readable, and the HTTP inbox keeps answering.
     */
    public synchronized void stopSmtp() {
        if (greenMail != null) {
            before.addAll(inboxes());
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Accepts SMTP again on the same port; mail received before the stop is still listed. */
    public synchronized void restartSmtp() {
        if (greenMail != null) {
            throw new IllegalStateException("The SMTP server is running");
        }
        greenMail = startSmtp(smtpPort);
    }

    public synchronized boolean isSmtpRunning() {
        return greenMail != null;
    }

    /** Base URL of the HTTP inbox, e.g. {@code http://localhost:8025/mail}; null when started without it. */
    public String inboxUrl() {
        return httpApi == null ? null : "http://localhost:" + httpApi.port() + "/mail";
    }

    /** Port of the HTTP inbox; -1 when started without it. */
    public int httpPort() {
        return httpApi == null ? -1 : httpApi.port();
    }

    /** Every delivered copy, oldest first. */
    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> all = new ArrayList<>(before);
        all.addAll(inboxes());
        all.sort(Comparator.comparing(ReceivedMail::receivedAt));
        return all;
    }

    private List<ReceivedMail> inboxes() {
        List<ReceivedMail> all = new ArrayList<>();
        if (greenMail != null) {
            for (GreenMailUser user : greenMail.getUserManager().listUser()) {
                all.addAll(inbox(user));
            }
        }
        return all;
    }

    /** Copies delivered to one address (case-insensitive), oldest first. */
    public List<ReceivedMail> receivedBy(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return received().stream().filter(mail -> mail.to().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /** Forgets every received message. */
    public synchronized void clear() {
        before.clear();
        if (greenMail == null) {
            return;
        }
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not clear mailboxes", e);
        }
    }

    private List<ReceivedMail> inbox(GreenMailUser user) {
        try {
            List<StoredMessage> messages = greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
            return messages.stream().map(message -> MimeReader.read(user.getEmail(), message)).toList();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not read the mailbox of " + user.getEmail(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (httpApi != null) {
            httpApi.close();
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
