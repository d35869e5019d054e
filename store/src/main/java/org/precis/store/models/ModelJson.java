package org.precis.store.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.precis.io.json.CanonicalJson;
import org.precis.io.json.JsonMappers;
import org.precis.store.sql.Columns;

/**
 * How the registry's JSON columns are written and read: {@link TrainingData} and {@link
 * PrivacySpent} through the project's compact mapper (records as they are), kept as canonical text.
 */
final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMappers.compact();

    private ModelJson() {}

    static String trainingData(TrainingData data) {
        return CanonicalJson.write(MAPPER.valueToTree(data));
    }

    static TrainingData trainingData(String text) {
        return read(text, "training_data", TrainingData.class);
    }

    /** The privacy column: canonical JSON, or null for none. */
    static String privacy(Optional<PrivacySpent> privacy) {
        return privacy.map(spent -> CanonicalJson.write(MAPPER.valueToTree(spent)))
                .orElse(null);
    }

    static Optional<PrivacySpent> privacy(String text) {
        return text == null ? Optional.empty() : Optional.of(read(text, "privacy", PrivacySpent.class));
    }

    private static <T> T read(String text, String column, Class<T> type) {
        try {
            return MAPPER.treeToValue(Columns.parseJson(text, column), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "column " + column + " does not hold a " + type.getSimpleName() + ": "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }
}
