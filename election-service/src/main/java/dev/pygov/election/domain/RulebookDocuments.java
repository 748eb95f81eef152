package dev.pygov.election.domain;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pygov.commons.problem.ProblemException;
import dev.pygov.rulebook.InvalidRulebookException;
import dev.pygov.rulebook.Rulebook;
import dev.pygov.rulebook.Rulebooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A proposed rulebook document: strict parsing that names the offending field, and its diff. Plain Java. */
public final class RulebookDocuments {

    /** The rulebook's own invariant messages start with the field they are about: "council.seats must be ...". */
    private static final Pattern LEADING_FIELD = Pattern.compile("^([a-zA-Z]+(?:\\.[a-zA-Z]+)*) (?:must|is|are) ");

    private RulebookDocuments() {
    }

    /** One changed value: a JSON Pointer into the document, the value in the base version and the proposed one (null = absent). */
    public record Change(String path, JsonNode from, JsonNode to) {
    }

    /** Parses strictly, or refuses with problem details naming the field under {@code field}. */
    public static Rulebook parse(byte[] json, String field) {
        try {
            return Rulebooks.parse(json);
        } catch (InvalidRulebookException e) {
            throw ProblemException.invalid(fieldOf(e, field), e.getMessage());
        }
    }

    static String fieldOf(InvalidRulebookException e, String root) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder(root);
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.toString();
        }
        Matcher leading = LEADING_FIELD.matcher(e.getMessage() == null ? "" : e.getMessage());
        // "rulebook is not valid: ..." is Rulebooks' wrapper of a parse error, not a field.
        return leading.find() && !"rulebook".equals(leading.group(1)) ? root + "." + leading.group(1) : root;
    }

    /** Every leaf that differs between the two documents, in document order. */
    public static List<Change> diff(JsonNode from, JsonNode to) {
        List<Change> changes = new ArrayList<>();
        walk("", from, to, changes);
        return changes;
    }

    private static void walk(String path, JsonNode from, JsonNode to, List<Change> changes) {
        if (from != null && to != null && from.isObject() && to.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path + "/" + name.replace("~", "~0").replace("/", "~1"), from.get(name), to.get(name), changes);
            }
        } else if (from != null && to != null && from.isArray() && to.isArray()) {
            int size = Math.max(from.size(), to.size());
            for (int i = 0; i < size; i++) {
                walk(path + "/" + i, from.get(i), to.get(i), changes);
            }
        } else if (from == null ? to != null && !to.isNull() : !from.equals(to)) {
            changes.add(new Change(path.isEmpty() ? "/" : path, from, to));
        }
    }
}
