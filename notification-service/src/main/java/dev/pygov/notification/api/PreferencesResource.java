package dev.pygov.notification.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.notification.domain.Channel;
import dev.pygov.notification.domain.NoticeKind;
import dev.pygov.notification.domain.Preferences;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/** The caller's own channel for each kind of notice. */
@Path("/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PreferencesResource {

    /** {@code confirmNoEmail} must be true to stop e-mail for a rights-deciding kind. */
    public record PreferenceChange(String channel, Boolean confirmNoEmail) {
    }

    public record PreferenceView(String kind, String label, String channel, boolean rightsDeciding) {
    }

    private final Preferences preferences;
    private final SecurityIdentity identity;

    public PreferencesResource(Preferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    public List<PreferenceView> mine() {
        var mine = preferences.of(me());
        return Arrays.stream(NoticeKind.values())
                .map(kind -> new PreferenceView(kind.code(), kind.label(), mine.get(kind).name(), kind.rightsDeciding()))
                .toList();
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferenceView change(@PathParam("kind") String kindCode, PreferenceChange change) {
        NoticeKind kind = NoticeKind.fromCode(kindCode)
                .orElseThrow(() -> ProblemException.invalid("kind", "unknown kind of notice '" + kindCode + "'"));
        if (change == null) {
            throw ProblemException.invalid("channel", "a channel is required: one of " + Arrays.toString(Channel.values()));
        }
        Channel channel = Channel.parse(change.channel())
                .orElseThrow(() -> ProblemException.invalid("channel", "channel must be one of " + Arrays.toString(Channel.values())));
        preferences.set(me(), kind, channel, Boolean.TRUE.equals(change.confirmNoEmail()));
        return new PreferenceView(kind.code(), kind.label(), channel.name(), kind.rightsDeciding());
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
