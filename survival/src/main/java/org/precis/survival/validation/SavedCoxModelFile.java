package org.precis.survival.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.table.InputDataException;

/**
 * Writes and reads a {@link SavedCoxModel} as JSON. Format 2 ({@code "formatVersion": 2}) adds
 * the {@link CurveVariance} to format 1 (no version field), which is still read: its model predicts
 * curves without a confidence band. Doubles are written as Java's shortest
 * round-tripping decimal, so a loaded model predicts bit for bit as the saved one. Writing goes
 * through a temporary file in the same folder, renamed when complete.
 */
public final class SavedCoxModelFile {
    /** A saved model is a few thousand numbers; a file much larger than this is not one. */
    static final long MAX_BYTES = 64L << 20;

    private final ObjectMapper mapper = JsonMappers.requiringEveryField();

    public void write(SavedCoxModel model, Path file) throws IOException {
        Object shape = model.curveVariance().isPresent()
                ? SavedCoxModelV2.of(model, model.curveVariance().get())
                : SavedCoxModelV1.of(model);
        AtomicFile.write(file, out -> mapper.writeValue(out, shape));
    }

    /**
     * @throws IllegalArgumentException when the file is not a saved model (naming the file)
     */
    public SavedCoxModel read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new InputDataException(
                    file, 0, "is " + size + " bytes, more than a saved model's limit of " + MAX_BYTES);
        }
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** The model in {@code json}; {@code source} names it in errors. */
    SavedCoxModel parse(byte[] json, String source) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (IOException e) {
            throw notAModel(source, e);
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            // A file holding just the JSON literal null reads as no object at all.
            throw new InputDataException(null, 0, source + ": not a saved Cox model: the file holds JSON null");
        }
        JsonNode version = tree.get("formatVersion");
        if (version != null && !(version.isInt() && version.asInt() == SavedCoxModelV2.VERSION)) {
            throw new InputDataException(
                    null,
                    0,
                    source + ": saved Cox model format " + version
                            + " is not one this Precis reads (1, without the field, or " + SavedCoxModelV2.VERSION
                            + ")");
        }
        try {
            // read again from the bytes, not the tree, so that a bad field's error names its line
            return version == null
                    ? mapper.readValue(json, SavedCoxModelV1.class).model()
                    : mapper.readValue(json, SavedCoxModelV2.class).model();
        } catch (IOException e) {
            throw notAModel(source, e);
        } catch (IllegalArgumentException e) {
            // the parts are each valid but do not fit together (a variance of the wrong size)
            throw new InputDataException(null, 0, source + ": not a saved Cox model: " + e.getMessage());
        }
    }

    private static InputDataException notAModel(String source, IOException e) {
        String why = e instanceof JsonProcessingException j ? JsonFault.describe(j) : e.getMessage();
        return new InputDataException(null, 0, source + ": not a saved Cox model: " + why);
    }
}
