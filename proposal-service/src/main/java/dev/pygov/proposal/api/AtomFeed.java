package dev.pygov.proposal.api;

import dev.pygov.proposal.domain.Page;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Writes an Atom 1.0 feed (RFC 4287) of pages by hand: small enough not to need an XML binding library. */
final class AtomFeed {

    private AtomFeed() {
    }

    /** One entry per page, newest change first; the entry id changes with each revision or move so readers see it anew. */
    static String of(String title, URI self, URI base, List<Page> pages, Instant updatedWhenEmpty) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape(title)).append("</title>\n")
                .append("  <id>").append(escape(self.toString())).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(self.toString())).append("\"/>\n")
                .append("  <updated>").append(pages.isEmpty() ? updatedWhenEmpty : pages.get(0).updatedAt).append("</updated>\n");
        for (Page page : pages) {
            String href = base.resolve(page.path().toString().replaceFirst("^/+", "")).toString();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(page.title)).append("</title>\n")
                    .append("    <id>urn:pygov:page:").append(page.id).append(':').append(page.currentRevision)
                    .append(':').append(page.section.wikiName).append("</id>\n")
                    .append("    <link href=\"").append(escape(href)).append("\"/>\n")
                    .append("    <updated>").append(page.updatedAt).append("</updated>\n");
            for (String author : page.authors) {
                xml.append("    <author><name>").append(escape(author)).append("</name></author>\n");
            }
            xml.append("    <summary>").append(escape(page.kind + ", revision " + page.currentRevision + ", at " + page.path()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** Escapes markup and drops what XML 1.0 forbids (control characters, lone surrogates), so one title cannot break the feed. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (!allowedInXml(c)) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
