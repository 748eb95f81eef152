package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the catalogue: finds pages by path (following redirects), lists, histories and diffs. */
@ApplicationScoped
@Transactional
public class Catalogue {

    public Located locate(Section section, String name) {
        var live = Page.at(section, name);
        if (live.isPresent()) {
            return new Located(live.get(), false);
        }
        return Redirect.<Redirect>findByIdOptional(new Redirect.OldPath(section, name))
                .map(redirect -> new Located(byId(redirect.pageId), true))
                .orElseThrow(() -> ProblemException.notFound("page", new PagePath(section, name).toString()));
    }

    public Page byId(String id) {
        return Page.<Page>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("page", id));
    }

    /** A page named by id or by path ({@code PythonSoftwareFoundation/<section>/<name>} or {@code <section>/<name>}). */
    public Page byReference(String reference, String field) {
        if (reference == null || reference.isBlank()) {
            throw ProblemException.invalid(field, "name a page by its path or id");
        }
        String path = reference.startsWith(PagePath.ROOT + "/") ? reference.substring(PagePath.ROOT.length() + 1) : reference;
        String[] parts = path.split("/");
        if (parts.length == 1) {
            return Page.<Page>findByIdOptional(reference)
                    .orElseThrow(() -> ProblemException.invalid(field, "no page has the id " + reference));
        }
        if (parts.length != 2) {
            throw ProblemException.invalid(field, "'" + reference + "' is neither a page id nor a page path");
        }
        try {
            return locate(Section.parse(parts[0], field), parts[1]).page();
        } catch (ProblemException e) {
            throw ProblemException.invalid(field, "no page at " + reference);
        }
    }

    public Slice<Page> list(PageFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.section() != null) {
            where.add("p.section = :section");
            parameters.and("section", filter.section());
        }
        if (filter.kind() != null) {
            where.add("p.kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.author() != null) {
            where.add("p.id in (select a.id from Page a join a.authors author where author = :author)");
            parameters.and("author", filter.author());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(p.title) like :text or lower(p.name) like :text or exists (select r.id from Revision r where r.pageId = p.id"
                    + " and r.number = p.currentRevision and lower(r.text) like :text))");
            parameters.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        String query = "from Page p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by p.updatedAt desc, p.id";
        var found = Page.<Page>find(query, parameters);
        long total = found.count();
        return new Slice<>(found.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, total);
    }

    public Revision current(Page page) {
        return revision(page, page.currentRevision, "revision");
    }

    public Revision revision(Page page, int number, String field) {
        return Revision.of(page.id, number)
                .orElseThrow(() -> ProblemException.invalid(field, page.path() + " has no revision " + number
                        + "; its revisions are 1 to " + page.currentRevision));
    }

    /** Newest first. */
    public Slice<Revision> history(Page page, int pageNo, int size) {
        var found = Revision.<Revision>find("pageId = ?1 order by number desc", page.id);
        return new Slice<>(found.page(io.quarkus.panache.common.Page.of(pageNo, size)).list(), pageNo, size, found.count());
    }

    public List<LineDiff.Line> diff(Page page, int from, int to) {
        return LineDiff.between(revision(page, from, "from").text, revision(page, to, "to").text);
    }

    public List<PageMove> moves(Page page) {
        return PageMove.list("pageId = ?1 order by id", page.id);
    }

    public List<VoteRequest> votes(Page page) {
        return VoteRequest.forPage(page.id);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
