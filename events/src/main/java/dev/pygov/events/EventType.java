package dev.pygov.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a payload record to its CloudEvents type and its topic. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    /** CloudEvents {@code type}, versioned: {@code dev.pygov.<service>.<fact>.v<N>}. */
    String value();

    String topic();

    /** What the Kafka key (and CloudEvents {@code subject}) identifies. */
    String key();

    String description();
}
