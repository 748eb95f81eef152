package dev.pygov.notification;

import dev.pygov.devstack.test.MailResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;

/**
 * The devstack's real SMTP server behind a TCP relay that tests can switch off, so an SMTP outage is a real one:
 * while off, the relay's port refuses connections. The switch is a system property because this resource and the
 * tests live in different class loaders. Connections are not kept alive, so each mail meets the switch.
 */
public class SwitchableSmtpResource implements QuarkusTestResourceLifecycleManager {

    private static final String DOWN = "pygov.test.smtp.down";

    public static void down() {
        System.setProperty(DOWN, "true");
    }

    public static void up() {
        System.clearProperty(DOWN);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new MailResource().start());
        int target = MailResource.smtpPort();
        try {
            ServerSocket first = bind(0);
            int port = first.getLocalPort();
            daemon("smtp-relay-switch", () -> control(first, port, target)).start();
            config.put("quarkus.mailer.port", Integer.toString(port));
            config.put("quarkus.mailer.keep-alive", "false");
            return config;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the SMTP relay", e);
        }
    }

    @Override
    public void stop() {
        up();
    }

    /** Closes the listening port while the switch is down and opens it again on the same port when it is up. */
    private static void control(ServerSocket first, int port, int target) {
        ServerSocket listening = first;
        daemon("smtp-relay", acceptLoop(listening, target)).start();
        while (true) {
            try {
                boolean down = Boolean.getBoolean(DOWN);
                if (down && listening != null) {
                    listening.close();
                    listening = null;
                } else if (!down && listening == null) {
                    listening = bind(port);
                    daemon("smtp-relay", acceptLoop(listening, target)).start();
                }
                Thread.sleep(20);
            } catch (IOException e) {
                listening = null; // try again on the next turn
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private static Runnable acceptLoop(ServerSocket relay, int target) {
        return () -> {
            while (!relay.isClosed()) {
                try {
                    Socket client = relay.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    daemon("smtp-relay-up", () -> pump(client, server)).start();
                    daemon("smtp-relay-down", () -> pump(server, client)).start();
                } catch (IOException e) {
                    // closed by the switch, or one failed connection
                }
            }
        };
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // either side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
