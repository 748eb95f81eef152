package dev.pygov.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** values.yaml is documented line by line: every key has a comment right above it. */
class ValuesDocumentationTest {

    private static final Pattern KEY = Pattern.compile("^\\s*[\\w.-]+:");

    @Test
    void everyKeyOutsideAListItemHasACommentAbove() throws IOException {
        List<String> lines = Files.readAllLines(ChartLocation.chart().resolve("values.yaml"));
        assertEquals(List.of(), undocumentedKeys(lines));
    }

    @Test
    void theRuleNoticesAnUndocumentedKey() {
        List<String> lines = List.of("# -- documented", "documented: 1", "undocumented: 2",
                "list:", "  - name: item", "    inside: ok");
        List<String> found = undocumentedKeys(lines);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("undocumented"));
        assertTrue(found.get(1).contains("list"));
    }

    /** Keys whose previous non-blank line is not a comment; entries inside list items are exempt. */
    static List<String> undocumentedKeys(List<String> lines) {
        List<String> undocumented = new ArrayList<>();
        String previous = "";
        int listItemIndent = -1;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            boolean insideListItem = listItemIndent >= 0 && indent > listItemIndent;
            if (trimmed.startsWith("- ")) {
                listItemIndent = indent;
            } else if (!insideListItem) {
                listItemIndent = -1;
                if (KEY.matcher(line).find() && !previous.strip().startsWith("#")) {
                    undocumented.add(number + ": " + line);
                }
            }
            previous = line;
        }
        return undocumented;
    }
}
