package dev.pygov.election.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmployerLimitTest {

    private static final int LIMIT = 2;

    @Test
    void moreCouncillorsThanTheLimitUnderOneRootIsABreachNamingThemAll() {
        Map<String, Set<String>> roots = new LinkedHashMap<>();
        roots.put("ann", Set.of("BigCo"));
        roots.put("ben", Set.of("BigCo", "Uni"));
        roots.put("cat", Set.of("Uni"));
        roots.put("dan", Set.of());
        assertThat(EmployerLimit.breaches(roots, LIMIT)).isEmpty();

        roots.put("dan", Set.of("BigCo"));
        assertThat(EmployerLimit.breaches(roots, LIMIT)).containsExactly(new EmployerLimit.Breach("BigCo", LIMIT, java.util.List.of("ann", "ben", "dan")));
    }

    @Test
    void aNewcomerMayNotTakeAnEntityOverTheLimit() {
        Map<String, Set<String>> roots = Map.of("ann", Set.of("BigCo"), "ben", Set.of("BigCo"), "cat", Set.of("Uni"));
        assertThat(EmployerLimit.brokenBy(Set.of("BigCo"), roots, LIMIT)).contains("BigCo");
        assertThat(EmployerLimit.brokenBy(Set.of("Uni"), roots, LIMIT)).isEmpty();
        assertThat(EmployerLimit.brokenBy(Set.of(), roots, LIMIT)).isEmpty();
    }
}
