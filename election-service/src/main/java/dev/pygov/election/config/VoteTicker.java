package dev.pygov.election.config;

import dev.pygov.election.domain.BoardService;
import dev.pygov.election.domain.VoteCallService;
import dev.pygov.election.domain.VoteService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/** Lapses unseconded calls and decides votes and Board resolutions at their deadlines; a restart is caught up by the next tick. */
@ApplicationScoped
public class VoteTicker {

    private final VoteCallService calls;
    private final VoteService votes;
    private final BoardService board;
    private final Clock clock;

    public VoteTicker(VoteCallService calls, VoteService votes, BoardService board, Clock clock) {
        this.calls = calls;
        this.votes = votes;
        this.board = board;
        this.clock = clock;
    }

    @Scheduled(every = "${pygov.election.tick:30s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "pygov-vote-tick")
    void tick() {
        Instant now = Instant.now(clock);
        calls.lapseDue(now);
        votes.advance(now);
        board.advance(now);
    }
}
