package dev.pygov.devstack.mail;

import java.time.Instant;

/**
 * One delivered copy of a message: a message sent to three people is three ReceivedMail, one per mailbox.
 *
 * @param to   the mailbox it was delivered to (envelope recipient, so Bcc counts too)
 * @param text the text/plain part, or null
 * @param html the text/html part, or null
 */
public record ReceivedMail(String to, String from, String subject, String text, String html, Instant receivedAt) {
}
