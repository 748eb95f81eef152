package dev.pygov.events;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Builds a payload with a value in every field, so a round trip exercises the whole record. */
final class SamplePayloads {

    private SamplePayloads() {
    }

    static <T> T of(Class<T> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sample(components[i]);
            }
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) return component.getName() + "-1";
        if (type == int.class || type == Integer.class) return 3;
        if (type == boolean.class) return true;
        if (type == Instant.class) return Instant.parse("2026-11-22T10:15:30Z");
        if (type == LocalDate.class) return LocalDate.parse("2026-11-22");
        if (type == List.class) {
            var element = (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return element == String.class ? List.of("a", "b") : List.of(of(element));
        }
        if (type.isRecord()) return of(type);
        throw new IllegalArgumentException("no sample for " + type + " in " + component);
    }
}
