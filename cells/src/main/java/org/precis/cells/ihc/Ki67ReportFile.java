package org.precis.cells.ihc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/** The Ki67 report as snake_case JSON, written whole or not at all. */
public final class Ki67ReportFile {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    public String toJson(Ki67Report report) {
        try {
            return mapper.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Ki67 report: " + e.getMessage(), e);
        }
    }

    public void write(Path target, Ki67Report report) throws IOException {
        AtomicFile.writeString(target, toJson(report));
    }
}
