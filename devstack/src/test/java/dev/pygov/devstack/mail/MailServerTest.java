package dev.pygov.devstack.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailServerTest {

    @Test
    void mailSentOverSmtpIsListedByTheHttpInbox() throws Exception {
        try (MailServer mail = MailServer.startWithHttpApi(0, 0)) {
            send(mail, "alice@pygov.test", "Ballot open", "Vote by Friday", "<p>Vote by <b>Friday</b></p>");
            send(mail, "bob@pygov.test", "Nomination received", "Thanks", null);

            String json = get(mail.inboxUrl());
            assertTrue(json.contains("\"subject\":\"Ballot open\""), json);
            assertTrue(json.contains("\"to\":\"bob@pygov.test\""), json);

            List<ReceivedMail> alices = new MailInboxClient(mail.inboxUrl()).to("alice@pygov.test");
            assertEquals(1, alices.size());
            ReceivedMail ballot = alices.get(0);
            assertEquals("Ballot open", ballot.subject());
            assertEquals("Vote by Friday", ballot.text());
            assertEquals("<p>Vote by <b>Friday</b></p>", ballot.html());
            assertEquals("elections@pygov.test", ballot.from());
            assertNotNull(ballot.receivedAt());
        }
    }

    @Test
    void deleteEmptiesTheInbox() throws Exception {
        try (MailServer mail = MailServer.startWithHttpApi(0, 0)) {
            send(mail, "carol@pygov.test", "Reminder", "Two days left", null);
            MailInboxClient inbox = new MailInboxClient(mail.inboxUrl());
            assertEquals(1, inbox.all().size());

            inbox.clear();

            assertEquals(List.of(), inbox.all());
            assertEquals(List.of(), mail.received());
        }
    }

    @Test
    void oneMessageToTwoPeopleIsTwoDeliveredCopies() throws Exception {
        try (MailServer mail = MailServer.start(0)) {
            send(mail, "dave@pygov.test, erin@pygov.test", "Results", "Published", null);
            assertEquals(2, mail.received().size());
            assertEquals(1, mail.receivedBy("ERIN@pygov.test").size());
        }
    }

    @Test
    void aStoppedSmtpServerRefusesMailAndTakesItAgainOnTheSamePortKeepingWhatItHad() throws Exception {
        try (MailServer mail = MailServer.startWithHttpApi(0, 0)) {
            int port = mail.smtpPort();
            send(mail, "alice@pygov.test", "Before", "first", null);

            mail.stopSmtp();
            assertThrows(MessagingException.class, () -> send(mail, "alice@pygov.test", "During", "refused", null));
            assertEquals(1, new MailInboxClient(mail.inboxUrl()).all().size());

            mail.restartSmtp();
            send(mail, "alice@pygov.test", "After", "second", null);

            assertEquals(port, mail.smtpPort());
            assertEquals(List.of("Before", "After"), mail.receivedBy("alice@pygov.test").stream().map(ReceivedMail::subject).toList());
        }
    }

    static void send(MailServer mail, String to, String subject, String text, String html) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", mail.host());
        smtp.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("elections@pygov.test"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        if (html == null) {
            message.setText(text);
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
