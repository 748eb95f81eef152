package dev.pygov.devstack.mail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Reads a {@link MailServer}'s HTTP inbox from anywhere: another class loader, another process. */
public final class MailInboxClient {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String inboxUrl;

    /** @param inboxUrl e.g. {@code http://localhost:8025/mail} */
    public MailInboxClient(String inboxUrl) {
        this.inboxUrl = inboxUrl;
    }

    public List<ReceivedMail> all() {
        return fetch(inboxUrl);
    }

    public List<ReceivedMail> to(String address) {
        return fetch(inboxUrl + "?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }

    public void clear() {
        send(HttpRequest.newBuilder(URI.create(inboxUrl)).DELETE().build());
    }

    private List<ReceivedMail> fetch(String url) {
        String body = send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        try {
            return JSON.readValue(body, new TypeReference<List<ReceivedMail>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Mail inbox answered something else than a list: " + body, e);
        }
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Mail inbox unreachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the mail inbox", e);
        }
    }
}
