package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.HashSet;
import java.util.List;

/** What a poll may offer: none (yes / no / abstain) or two to twenty distinct, non-blank choices. A binding vote offers none. */
public final class PollOptions {

    static final int MOST = 20;
    static final int LONGEST = 200;

    private PollOptions() {
    }

    public static List<String> check(boolean binding, List<String> options) {
        if (options == null || options.isEmpty()) {
            return List.of();
        }
        if (binding) {
            throw ProblemException.invalid("options", "a binding member vote is yes / no / abstain; only a poll offers options");
        }
        if (options.size() < 2 || options.size() > MOST) {
            throw ProblemException.invalid("options", "a poll offers 2 to " + MOST + " options, or none for yes / no / abstain");
        }
        if (options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > LONGEST)) {
            throw ProblemException.invalid("options", "every option is 1 to " + LONGEST + " characters");
        }
        if (new HashSet<>(options.stream().map(String::strip).toList()).size() != options.size()) {
            throw ProblemException.invalid("options", "options must differ from each other");
        }
        return options.stream().map(String::strip).toList();
    }
}
