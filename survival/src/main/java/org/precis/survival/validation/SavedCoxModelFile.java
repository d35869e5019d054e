package org.precis.survival.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.table.InputDataException;

/**
 * Writes and reads a {@link SavedCoxModel} as JSON. Doubles are written as Java's shortest
 * round-tripping decimal, so a loaded model predicts bit for bit as the saved one. Writing goes
 * through a temporary file in the same folder, renamed when complete.
 */
public final class SavedCoxModelFile {
    /** A saved model is a few thousand numbers; a file much larger than this is not one. */
    static final long MAX_BYTES = 64L << 20;

    private final ObjectMapper mapper = JsonMappers.requiringEveryField();

    public void write(SavedCoxModel model, Path file) throws IOException {
        AtomicFile.write(file, out -> mapper.writeValue(out, model));
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
        SavedCoxModel model;
        try {
            model = mapper.readValue(json, SavedCoxModel.class);
        } catch (JsonProcessingException e) {
            throw new InputDataException(null, 0, source + ": not a saved Cox model: " + JsonFault.describe(e));
        } catch (IOException e) {
            throw new InputDataException(null, 0, source + ": not a saved Cox model: " + e.getMessage());
        }
        if (model == null) {
            // A file holding just the JSON literal null reads as no object at all.
            throw new InputDataException(null, 0, source + ": not a saved Cox model: the file holds JSON null");
        }
        return model;
    }
}
