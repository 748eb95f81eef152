package dev.pygov.devstack.mail;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;

/** Turns a stored MIME message into a {@link ReceivedMail}, picking out its plain-text and HTML bodies. */
final class MimeReader {

    private MimeReader() {
    }

    static ReceivedMail read(String mailbox, StoredMessage stored) {
        try {
            MimeMessage message = stored.getMimeMessage();
            Bodies bodies = new Bodies();
            collect(message, bodies);
            return new ReceivedMail(mailbox, from(message), message.getSubject(), bodies.text, bodies.html,
                    Instant.ofEpochMilli(stored.getReceivedDate().getTime()));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable message in " + mailbox, e);
        }
    }

    private static String from(MimeMessage message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 ? null : from[0].toString();
    }

    private static void collect(Part part, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies.text == null && !isAttachment(part)) {
            bodies.text = (String) part.getContent();
        } else if (part.isMimeType("text/html") && bodies.html == null && !isAttachment(part)) {
            bodies.html = (String) part.getContent();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies);
            }
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    }

    private static final class Bodies {
        private String text;
        private String html;
    }
}
