package dev.pygov.proposal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;

/** Redirects for moved pages. */
public class ApiMappers {

    /** Segments of a page path: PythonSoftwareFoundation, section, name; anything after is kept (history, diff, ...). */
    private static final int PAGE_PATH_SEGMENTS = 3;

    @ServerExceptionMapper
    public Response moved(PageMovedException e, UriInfo uri) {
        List<String> segments = Arrays.stream(uri.getPath().split("/")).filter(s -> !s.isEmpty()).toList();
        UriBuilder location = uri.getBaseUriBuilder().path(e.current().toString());
        segments.stream().skip(PAGE_PATH_SEGMENTS).forEach(location::path);
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) {
            location.replaceQuery(query);
        }
        return Response.status(308).location(location.build()).build();
    }
}
