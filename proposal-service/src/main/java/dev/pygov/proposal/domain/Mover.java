package dev.pygov.proposal.domain;

import dev.pygov.commons.outbox.Outbox;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.events.proposal.ProposalMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Moves a page to a new path, records who and why, and leaves a redirect at the old path. */
@ApplicationScoped
public class Mover {

    private final Outbox outbox;
    private final Clock clock;

    public Mover(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PageMove move(Page page, Section toSection, String toName, String movedBy, String reason) {
        PageRules.checkName(toName, "name");
        PageRules.checkReason(reason, "reason");
        if (page.section == toSection && page.name.equals(toName)) {
            throw ProblemException.invalid("toSection", page.path() + " is already there");
        }
        var redirectAtTarget = Redirect.<Redirect>findByIdOptional(new Redirect.OldPath(toSection, toName));
        if (Page.at(toSection, toName).isPresent()
                || redirectAtTarget.filter(r -> !r.pageId.equals(page.id)).isPresent()) {
            throw ProblemException.conflict("name-taken", new PagePath(toSection, toName)
                    + " is already taken; choose another name for the move", "name");
        }
        // Coming back to one of its own old paths: the path is live again, no longer a redirect.
        redirectAtTarget.ifPresent(Redirect::delete);

        PagePath from = page.path();
        Redirect redirect = new Redirect();
        redirect.path = new Redirect.OldPath(from.section(), from.name());
        redirect.pageId = page.id;
        redirect.persist();

        Instant now = Instant.now(clock);
        PageMove move = new PageMove();
        move.pageId = page.id;
        move.fromSection = from.section();
        move.fromName = from.name();
        move.toSection = toSection;
        move.toName = toName;
        move.movedBy = movedBy;
        move.reason = reason;
        move.movedAt = now;
        move.persist();

        page.section = toSection;
        page.name = toName;
        page.updatedAt = now;
        outbox.publish(new ProposalMoved(page.id, from.toString(), page.path().toString(), toSection.wikiName, movedBy, reason,
                List.copyOf(page.authors)));
        return move;
    }

    /** The page's name if free in the section, else the name with a short suffix from its id; never refuses. */
    public String freeName(Page page, Section section) {
        String name = page.name;
        if (isFree(section, name, page.id)) {
            return name;
        }
        String suffixed = name.substring(0, Math.min(name.length(), 111)) + "-" + page.id.substring(0, 8);
        return suffixed;
    }

    private static boolean isFree(Section section, String name, String pageId) {
        return Page.at(section, name).isEmpty() && Redirect.<Redirect>findByIdOptional(new Redirect.OldPath(section, name))
                .map(r -> r.pageId.equals(pageId)).orElse(true);
    }
}
