package dev.pygov.notification.domain;

import dev.pygov.notification.config.MailSettings;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders mails from the Qute templates in templates/mail, each with the one-click unsubscribe link of its kind. */
@ApplicationScoped
public class MailComposer {

    public record Composed(String subject, String text, String html, String unsubscribeUrl) {
    }

    @TemplateData
    public record DigestEntry(String title, String body) {
    }

    private final Template noticeText;
    private final Template noticeHtml;
    private final Template digestText;
    private final Template digestHtml;
    private final UnsubscribeTokens tokens;
    private final MailSettings settings;

    public MailComposer(@Location("mail/notice.txt") Template noticeText, @Location("mail/notice.html") Template noticeHtml,
                        @Location("mail/digest.txt") Template digestText, @Location("mail/digest.html") Template digestHtml,
                        UnsubscribeTokens tokens, MailSettings settings) {
        this.noticeText = noticeText;
        this.noticeHtml = noticeHtml;
        this.digestText = digestText;
        this.digestHtml = digestHtml;
        this.tokens = tokens;
        this.settings = settings;
    }

    public Composed notice(Recipient to, NoticeKind kind, String title, String body) {
        String unsubscribe = unsubscribeUrl(to.personId, kind);
        return new Composed("[PyGov] " + title,
                noticeText.data("name", to.displayName).data("title", title).data("body", body)
                        .data("kindLabel", kind.label()).data("unsubscribeUrl", unsubscribe).render(),
                noticeHtml.data("name", to.displayName).data("title", title).data("body", body)
                        .data("kindLabel", kind.label()).data("unsubscribeUrl", unsubscribe).render(),
                unsubscribe);
    }

    /** A digest's link unsubscribes from the kind of its first entry; each kind is managed in the preferences. */
    public Composed digest(Recipient to, NoticeKind firstKind, List<DigestEntry> entries) {
        String unsubscribe = unsubscribeUrl(to.personId, firstKind);
        String subject = "[PyGov] Your daily digest: " + entries.size() + (entries.size() == 1 ? " notice" : " notices");
        return new Composed(subject,
                digestText.data("name", to.displayName).data("entries", entries).data("unsubscribeUrl", unsubscribe).render(),
                digestHtml.data("name", to.displayName).data("entries", entries).data("unsubscribeUrl", unsubscribe).render(),
                unsubscribe);
    }

    private String unsubscribeUrl(String personId, NoticeKind kind) {
        return settings.publicUrl() + "/unsubscribe?token="
                + URLEncoder.encode(tokens.sign(personId, kind), StandardCharsets.UTF_8);
    }
}
