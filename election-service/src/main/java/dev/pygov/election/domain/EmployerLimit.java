package dev.pygov.election.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * "No more than two Packaging Council members should be employed by or significantly affiliated with the same
 * entity" (the number is the rulebook's), applied to the sitting council: entities are counted by their root, so a
 * company and its subsidiaries are one.
 */
public final class EmployerLimit {

    private EmployerLimit() {
    }

    /** More councillors than the limit under one entity root: they must resolve it (one or more resign). */
    public record Breach(String entityRootId, int limit, List<String> councillorIds) {
    }

    /**
     * @param rootsByCouncillor each current councillor's entity roots that count toward the limit
     */
    public static List<Breach> breaches(Map<String, Set<String>> rootsByCouncillor, int limit) {
        Map<String, Set<String>> councillorsByRoot = new TreeMap<>();
        rootsByCouncillor.forEach((councillor, roots) ->
                roots.forEach(root -> councillorsByRoot.computeIfAbsent(root, r -> new TreeSet<>()).add(councillor)));
        List<Breach> breaches = new ArrayList<>();
        councillorsByRoot.forEach((root, councillors) -> {
            if (councillors.size() > limit) {
                breaches.add(new Breach(root, limit, List.copyOf(councillors)));
            }
        });
        return breaches;
    }

    /** The entity root a newcomer would take over the limit, if any. */
    public static Optional<String> brokenBy(Set<String> newcomerRoots, Map<String, Set<String>> rootsByCouncillor, int limit) {
        return newcomerRoots.stream().sorted()
                .filter(root -> rootsByCouncillor.values().stream().filter(roots -> roots.contains(root)).count() + 1 > limit)
                .findFirst();
    }
}
