package dev.pygov.k8s;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helm's coalescing of an override values file onto the chart's values.yaml: maps merge key by
 * key, anything else (lists, scalars) is replaced, and a null override deletes the key.
 */
final class ValuesMerger {

    private ValuesMerger() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        override.forEach((key, value) -> {
            Object current = merged.get(key);
            if (value == null) {
                merged.remove(key);
            } else if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merged.put(key, merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }
}
