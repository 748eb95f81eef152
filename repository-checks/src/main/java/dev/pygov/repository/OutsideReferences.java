package dev.pygov.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds references in the project's files to paths outside the project's tree. A clone must build and test with
 * nothing beside it, so a relative path that climbs above the root (into a sibling folder, or too many levels up
 * from a shallow file) or the root's parent spelled through a Maven property is a defect.
 */
public final class OutsideReferences {

    /** A relative path that starts by going up, with what follows it. */
    private static final Pattern CLIMB = Pattern.compile("(?<![A-Za-z0-9_.\\-])((?:\\.\\./)+[A-Za-z0-9_.\\-/]*)");
    /** The root's parent through Maven's property, whatever follows. */
    private static final Pattern ROOT_PARENT = Pattern.compile("multiModuleProjectDirectory\\}?[/\\\\]\\.\\.");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules", ".idea");
    /** This check's own module, whose code and tests spell out the references it looks for. */
    private static final Path OWN_MODULE = Path.of("repository-checks");
    /** Documents whose links are relative to the document itself. */
    private static final Set<String> DOCUMENT_SUFFIXES = Set.of(".md", ".html", ".svg");

    private final Path root;

    public OutsideReferences(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public record Finding(Path file, int line, String reference) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reference;
        }
    }

    public List<Finding> find() {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(this::notSkipped)
                    .forEach(file -> findings.addAll(findIn(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    List<Finding> findIn(Path file) {
        String text = readText(file);
        if (text == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (ROOT_PARENT.matcher(line).find()) {
                findings.add(new Finding(root.relativize(file), i + 1, line.strip()));
                continue;
            }
            Matcher climb = CLIMB.matcher(line);
            while (climb.find()) {
                if (escapes(file, climb.group(1))) {
                    findings.add(new Finding(root.relativize(file), i + 1, climb.group(1)));
                }
            }
        }
        return findings;
    }

    /**
     * A document's link is resolved from the document's folder; anything else (a pom, a script, Java code run from
     * its module) may be resolved from its folder or from its module's folder, and must stay inside from both.
     */
    private boolean escapes(Path file, String reference) {
        if (reference.contains("shared/")) {
            return true;
        }
        Path folder = file.getParent();
        if (outside(folder.resolve(reference))) {
            return true;
        }
        return !isDocument(file) && outside(moduleOf(file).resolve(reference));
    }

    private boolean outside(Path resolved) {
        return !resolved.normalize().startsWith(root);
    }

    private Path moduleOf(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return root;
    }

    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return DOCUMENT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private boolean notSkipped(Path file) {
        Path relative = root.relativize(file);
        if (relative.startsWith(OWN_MODULE)) {
            return false;
        }
        for (Path part : relative) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    /** The file as text, or null when it is binary (holds a NUL byte) or not UTF-8 text worth reading. */
    private static String readText(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
