package dev.pygov.k8s;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Jackson set up so that the fabric8 Kubernetes model rejects unknown fields. fabric8 classes
 * catch unknown fields in an {@code additionalProperties} map through a Jackson any-setter;
 * this mapper removes every any-setter and turns on FAIL_ON_UNKNOWN_PROPERTIES, so a misspelt
 * key throws instead of being kept aside. Duplicate keys fail too.
 */
final class StrictModelMapper {

    static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addModule(new SimpleModule("no-any-setter").setDeserializerModifier(new WithoutAnySetter()))
            .build();

    private StrictModelMapper() {
    }

    private static final class WithoutAnySetter extends BeanDeserializerModifier {
        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
            builder.setAnySetter(null);
            return builder;
        }
    }
}
