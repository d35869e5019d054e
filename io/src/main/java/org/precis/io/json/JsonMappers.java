package org.precis.io.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Jackson mappers Precis reads and writes with, each a new instance (a caller may keep it in a
 * field; a mapper is thread-safe once configured). Every one starts from {@link #base}, so a
 * setting every file should share is made there once.
 */
public final class JsonMappers {

    private JsonMappers() {}

    /** Compact JSON, field names as the Java names (camelCase): wire messages, stores, audit entries. */
    public static ObjectMapper compact() {
        return base(new JsonFactory());
    }

    /** As {@link #compact()}, indented: JSON files people open (demo studies, patch classifiers). */
    public static ObjectMapper indented() {
        return compact().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Result files and printed results: snake_case field names, indented. */
    public static ObjectMapper snakeCase() {
        return indented().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /**
     * Indented, and reading fails when a field or a list element is missing or null instead of defaulting it: files
     * whose every number matters (saved models).
     */
    public static ObjectMapper requiringEveryField() {
        return indented()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)); // [1.0, null] too
    }

    /** YAML configuration files (studies, sites, site policies). */
    public static ObjectMapper yaml() {
        return base(new YAMLFactory());
    }

    private static ObjectMapper base(JsonFactory factory) {
        return new ObjectMapper(factory);
    }
}
