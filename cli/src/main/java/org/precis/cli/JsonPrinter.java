package org.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import org.precis.io.json.JsonMappers;

/** Writes command results as JSON, field names in snake_case. */
final class JsonPrinter {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    void print(PrintWriter out, Object value) {
        try {
            out.println(mapper.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as JSON to {@code target}, atomically (no partial file). */
    void write(java.nio.file.Path target, Object value) throws java.io.IOException {
        org.precis.io.file.AtomicFile.writeString(target, mapper.writeValueAsString(value) + "\n");
    }
}
