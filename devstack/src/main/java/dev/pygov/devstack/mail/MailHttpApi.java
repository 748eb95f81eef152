package dev.pygov.devstack.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /mail} lists received mail as JSON, {@code GET /mail?to=addr} only what one mailbox got,
 * {@code DELETE /mail} forgets everything.
 */
final class MailHttpApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpServer server;

    private MailHttpApi(HttpServer server) {
        this.server = server;
    }

    static MailHttpApi start(MailServer mail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/mail", exchange -> handle(mail, exchange));
            server.start();
            return new MailHttpApi(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail HTTP API could not bind port " + port, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void handle(MailServer mail, HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    Optional<String> to = queryParameter(exchange, "to");
                    List<ReceivedMail> found = to.map(mail::receivedBy).orElseGet(mail::received);
                    respond(exchange, 200, JSON.writeValueAsBytes(found));
                }
                case "DELETE" -> {
                    mail.clear();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> respond(exchange, 405, "{\"detail\":\"GET or DELETE\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
