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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import java.time.Clock;
import java.time.Instant;

/** An Atom feed per section, so people follow changes with the feed readers they already use. */
@Path("/feeds/{section}")
public class FeedsResource {

    static final String ATOM = "application/atom+xml";
    private static final int ENTRIES = 50;

    private final Catalogue catalogue;
    private final Clock clock;

    public FeedsResource(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Produces(ATOM)
    @Transactional
    public String feed(@PathParam("section") String section, @Context UriInfo uri) {
        Section parsed;
        try {
            parsed = Section.parse(section, "section");
        } catch (ProblemException e) {
            throw ProblemException.notFound("section", section);
        }
        var latest = catalogue.list(new PageFilter(parsed, null, null, null), 0, ENTRIES).items();
        return AtomFeed.of("PSF " + parsed.wikiName, uri.getRequestUri(), uri.getBaseUri(), latest, Instant.now(clock));
    }
}
