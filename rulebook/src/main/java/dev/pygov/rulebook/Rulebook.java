package dev.pygov.rulebook;

import java.util.List;

/**
 * Every number of the governance rules as data. A version is adopted by a decided vote and applies
 * to what starts after the adoption; every decision records the version it was taken under.
 */
public record Rulebook(
        int version,
        String title,
        List<String> sources,
        Council council,
        CouncilElection councilElection,
        CouncilMotions councilMotions,
        CommunityVotes communityVotes,
        Community community,
        Psf psf,
        Notifications notifications) {

    public Rulebook {
        require(version >= 1, "version must be at least 1");
        require(council != null && councilElection != null && councilMotions != null
                && communityVotes != null && community != null && psf != null && notifications != null,
                "every section of the rulebook is required");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public record Council(int seats, int employerLimit, List<Cohort> cohorts, int outOfTouchDays) {
        public Council {
            require(seats >= 1, "council.seats must be at least 1");
            require(employerLimit >= 1, "council.employerLimit must be at least 1");
            require(cohorts != null && !cohorts.isEmpty(), "council.cohorts must not be empty");
            cohorts = List.copyOf(cohorts);
            require(cohorts.stream().mapToInt(Cohort::seats).sum() == seats,
                    "council.cohorts seats must add up to council.seats");
            require(outOfTouchDays >= 1, "council.outOfTouchDays must be at least 1");
        }

        public Cohort cohort(String name) {
            return cohorts.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no cohort named " + name));
        }
    }

    /** A cohort's regular term, and its term when seated by an election of the whole council. */
    public record Cohort(String name, int seats, int termMonths, int wholeCouncilTermMonths) {
        public Cohort {
            require(name != null && !name.isBlank(), "cohort.name is required");
            require(seats >= 1, "cohort.seats must be at least 1");
            require(termMonths >= 1 && wholeCouncilTermMonths >= 1, "cohort terms must be at least one month");
        }
    }

    /**
     * @param nominationExtensionDays fewer candidates than seats when nominations close: nominations stay open this
     *                                many days more (once; again each time while nobody stands)
     */
    public record CouncilElection(int nominationDays, int nominationExtensionDays, int votingDays, String method, int maxScore,
                                  TieBreak tieBreak) {
        public CouncilElection {
            require(nominationDays >= 1 && votingDays >= 1, "councilElection phases must last at least a day");
            require(nominationExtensionDays >= 1, "councilElection.nominationExtensionDays must be at least 1");
            require(List.of("bloc-star", "star", "approval").contains(method),
                    "councilElection.method must be bloc-star, star or approval");
            require(maxScore >= 1, "councilElection.maxScore must be at least 1");
            require(tieBreak != null, "councilElection.tieBreak is required");
        }
    }

    /**
     * Tie-break protocol ({@code starvote} or {@code official}) and its final step ({@code none}, {@code seed},
     * {@code order}); the tied candidates have {@code agreementDays} to agree before the Returning Officer may draw.
     */
    public record TieBreak(String protocol, String finalStep, int agreementDays) {
        public TieBreak {
            require(agreementDays >= 0, "tieBreak.agreementDays must not be negative");
            require(List.of("starvote", "official").contains(protocol), "tieBreak.protocol must be starvote or official");
            require(List.of("none", "seed", "order").contains(finalStep), "tieBreak.finalStep must be none, seed or order");
        }
    }

    /** Each motion kind's threshold, and how long councillors have to vote or abstain before the silent are recorded. */
    public record CouncilMotions(int votingDays, MotionRule general, MotionRule nominateReturningOfficer, MotionRule appointReplacement,
                                 MotionRule replaceOutOfTouch, MotionRule removeCommunityMember) {
        public CouncilMotions {
            require(votingDays >= 1, "councilMotions.votingDays must be at least 1");
            require(general != null && nominateReturningOfficer != null && appointReplacement != null
                    && replaceOutOfTouch != null && removeCommunityMember != null, "every councilMotions kind is required");
        }
    }

    public record MotionRule(Threshold threshold) {
        public MotionRule {
            require(threshold != null, "motion threshold is required");
        }
    }

    /**
     * How many yes votes pass. Rules: {@code majority-of-non-abstaining}, {@code two-thirds-of-votes-cast},
     * {@code two-thirds-of-voters} (abstentions count as voters), {@code two-thirds-of-seats}, {@code fixed-count}.
     */
    public record Threshold(String rule, Integer count) {
        public static final List<String> RULES = List.of("majority-of-non-abstaining", "two-thirds-of-votes-cast",
                "two-thirds-of-voters", "two-thirds-of-seats", "fixed-count");

        public Threshold {
            require(RULES.contains(rule), "threshold.rule must be one of " + RULES);
            require(!"fixed-count".equals(rule) || (count != null && count >= 1), "threshold.count is required for fixed-count");
        }
    }

    /** A vote of a roll frozen at its start: how long a call waits for a second, how long voting lasts, what passes it. */
    public record VoteRule(int secondingDays, int votingDays, Threshold threshold, double quorum) {
        public VoteRule {
            require(secondingDays >= 0 && votingDays >= 1, "vote durations must be non-negative and voting at least a day");
            require(threshold != null, "vote threshold is required");
            require(quorum >= 0.0 && quorum <= 1.0, "quorum is a share between 0 and 1");
        }
    }

    public record CommunityVotes(VoteRule admission, VoteRule noConfidence, VoteRule governanceChange) {
        public CommunityVotes {
            require(admission != null && noConfidence != null && governanceChange != null,
                    "every communityVotes kind is required");
        }
    }

    public record Community(int widerCommunityNomineeCap, int missedElectionsBeforeInactive) {
        public Community {
            require(widerCommunityNomineeCap >= 1, "community.widerCommunityNomineeCap must be at least 1");
            require(missedElectionsBeforeInactive >= 1, "community.missedElectionsBeforeInactive must be at least 1");
        }
    }

    public record Psf(BoardResolution boardResolution, VoteRule bindingMemberVote, int pollDays) {
        public Psf {
            require(boardResolution != null, "psf.boardResolution is required");
            require(bindingMemberVote != null, "psf.bindingMemberVote is required");
            require(pollDays >= 1, "psf.pollDays must be at least 1");
        }
    }

    /** A Board resolution: the directors vote (or abstain) within votingDays; the threshold decides among those voting. */
    public record BoardResolution(int votingDays, Threshold threshold) {
        public BoardResolution {
            require(votingDays >= 1, "psf.boardResolution.votingDays must be at least 1");
            require(threshold != null, "psf.boardResolution.threshold is required");
        }
    }

    public record Notifications(List<Integer> reminderHoursBeforeDeadline) {
        public Notifications {
            reminderHoursBeforeDeadline = reminderHoursBeforeDeadline == null ? List.of() : List.copyOf(reminderHoursBeforeDeadline);
            require(reminderHoursBeforeDeadline.stream().allMatch(h -> h != null && h > 0),
                    "notifications.reminderHoursBeforeDeadline must be positive hours");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidRulebookException(message);
        }
    }
}
