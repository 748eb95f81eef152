package dev.pygov.proposal.domain;

/** List filters; null means any. {@code text} matches the title or the current text, case-insensitively. */
public record PageFilter(Section section, Kind kind, String author, String text) {
}
