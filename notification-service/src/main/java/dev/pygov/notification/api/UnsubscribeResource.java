package dev.pygov.notification.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.notification.domain.Channel;
import dev.pygov.notification.domain.Preferences;
import dev.pygov.notification.domain.UnsubscribeTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One-click unsubscribe from the link in every mail: the signed token names the person and kind, no login needed.
 * Unsubscribing stops the e-mail; the notices stay in the in-app inbox. A rights-deciding kind needs a second,
 * explicit click ({@code confirm=true}), the same confirmation the preferences API asks for.
 */
@Path("/unsubscribe")
@PermitAll
public class UnsubscribeResource {

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;

    public UnsubscribeResource(UnsubscribeTokens tokens, Preferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@QueryParam("token") String token, @QueryParam("confirm") boolean confirm) {
        UnsubscribeTokens.Subscription subscription = tokens.verify(token)
                .orElseThrow(() -> ProblemException.invalid("token", "this unsubscribe link is not valid"));
        if (subscription.kind().rightsDeciding() && !confirm) {
            String confirmUrl = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&confirm=true";
            return page("These e-mails tell you when you can vote (" + subscription.kind().label() + "). "
                    + "If you stop them you may miss a vote. <a href=\"" + confirmUrl + "\">Stop them anyway</a>.");
        }
        preferences.set(subscription.personId(), subscription.kind(), Channel.INBOX_ONLY, confirm);
        return page("You will no longer get e-mail about &ldquo;" + subscription.kind().label()
                + "&rdquo;. These notices stay in your PyGov inbox; change this any time in your preferences.");
    }

    /** RFC 8058 one-click unsubscribe, as mail clients send it from the List-Unsubscribe header. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public String oneClick(@QueryParam("token") String token) {
        return unsubscribe(token, false);
    }

    private static String page(String message) {
        return "<!DOCTYPE html><html lang=\"en\"><body><p>" + message + "</p></body></html>";
    }
}
