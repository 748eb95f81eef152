package dev.pygov.proposal.api;

import dev.pygov.commons.problem.ProblemException;
import dev.pygov.proposal.domain.Catalogue;
import dev.pygov.proposal.domain.PageFilter;
import dev.pygov.proposal.domain.Section;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/** An Atom feed per section, so people follow changes with the feed readers they already use. */
@Path("/feeds/{section}")
public class FeedsResource {

    static final String ATOM = "application/atom+xml";
    private static final int ENTRIES = 50;

    private final Catalogue catalogue;
    private final Clock clock;
    /** Links are built from the configured public address, never from the request's Host header. */
    private final URI publicUrl;

    public FeedsResource(Catalogue catalogue, Clock clock, @ConfigProperty(name = "pygov.proposal.public-url") URI publicUrl) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.publicUrl = publicUrl.toString().endsWith("/") ? publicUrl : URI.create(publicUrl + "/");
    }

    @GET
    @PermitAll
    @Produces(ATOM)
    @Transactional
    public String feed(@PathParam("section") String section) {
        Section parsed;
        try {
            parsed = Section.parse(section, "section");
        } catch (ProblemException e) {
            throw ProblemException.notFound("section", section);
        }
        var latest = catalogue.list(new PageFilter(parsed, null, null, null), 0, ENTRIES).items();
        URI self = publicUrl.resolve("feeds/" + parsed.wikiName);
        return AtomFeed.of("PSF " + parsed.wikiName, self, publicUrl, latest, Instant.now(clock));
    }
}
