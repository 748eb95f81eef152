package dev.pygov.proposal.domain;

import dev.pygov.commons.problem.ProblemException;

import java.util.regex.Pattern;

/** Checks on what people type: names, titles, texts. */
public final class PageRules {

    public static final int MAX_TITLE_CHARS = 200;
    /** Wiki page names: a letter or digit, then letters, digits, '-' or '_'. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,119}");

    private PageRules() {
    }

    public static void checkName(String name, String field) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ProblemException.invalid(field, "a page name is 1 to 120 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static void checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw ProblemException.invalid("title", "the title must not be empty");
        }
        if (title.length() > MAX_TITLE_CHARS) {
            throw ProblemException.invalid("title", "the title is longer than " + MAX_TITLE_CHARS + " characters");
        }
    }

    public static void checkText(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "the text must not be empty");
        }
        if (text.length() > maxChars) {
            throw ProblemException.invalid("text", "the text has " + text.length() + " characters; the limit is " + maxChars);
        }
    }

    /** The Board's own reference for a resolution, e.g. its minute number. */
    public static void checkReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 300) {
            throw ProblemException.invalid("reference", "cite the Board resolution (1 to 300 characters)");
        }
    }

    public static void checkReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(field, "say why: the " + field + " must not be empty");
        }
        if (reason.length() > 500) {
            throw ProblemException.invalid(field, "the " + field + " is longer than 500 characters");
        }
    }
}
