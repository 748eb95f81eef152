package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Catalogue;
import dev.pygov.proposal.domain.Page;
import dev.pygov.proposal.domain.PagePath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Builds full page views in one transaction, with the current text, the amended policy's path and the votes. */
@ApplicationScoped
public class PageViews {

    private final Catalogue catalogue;

    public PageViews(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional
    public Views.PageView of(String pageId) {
        Page page = catalogue.byId(pageId);
        return new Views.PageView(page.id, page.path().toString(), page.section.wikiName, page.name, page.kind, page.title,
                java.util.List.copyOf(page.authors),
                page.amendsPageId == null ? null : pathOf(page.amendsPageId).toString(),
                page.currentRevision, catalogue.current(page).text, page.createdBy, page.createdAt, page.updatedAt,
                Views.ResolutionView.of(page), catalogue.votes(page).stream().map(Views.VoteView::of).toList(),
                page.decisions.stream().map(d -> new Views.DecisionView(d.summary, d.voteId)).toList());
    }

    @Transactional
    public PagePath pathOf(String pageId) {
        return catalogue.byId(pageId).path();
    }
}
