package dev.pygov.proposal.domain;

/** Where a page lives: {@code PythonSoftwareFoundation/<section>/<name>}. */
public record PagePath(Section section, String name) {

    public static final String ROOT = "PythonSoftwareFoundation";

    @Override
    public String toString() {
        return ROOT + "/" + section.wikiName + "/" + name;
    }
}
