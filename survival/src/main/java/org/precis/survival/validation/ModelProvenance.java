package org.precis.survival.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.precis.io.file.FileSha256;
import org.precis.io.file.Sha256Hex;
import org.precis.io.provenance.Provenance;
import org.precis.io.provenance.Traceable;

/**
 * Where a saved model came from, so a validation report can say which data and software made it.
 *
 * @param inputSha256 SHA-256 of the development data file, lower-case hex
 * @param columnNames the columns of the development table
 * @param softwareVersion the Precis version that fitted the model
 * @param createdOn the date the model was fitted, ISO-8601 ({@code 2026-11-29}); passed in, never read from a clock here
 */
public record ModelProvenance(String inputSha256, List<String> columnNames, String softwareVersion, String createdOn)
        implements Traceable {
    public ModelProvenance {
        inputSha256 = Sha256Hex.require("development data", inputSha256);
        columnNames = List.copyOf(columnNames);
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        LocalDate.parse(Objects.requireNonNull(createdOn, "createdOn"));
    }

    /** Provenance of a model fitted on {@code input}, hashing the file. */
    public static ModelProvenance of(Path input, List<String> columnNames, String softwareVersion, LocalDate createdOn)
            throws IOException {
        return new ModelProvenance(FileSha256.of(input), columnNames, softwareVersion, createdOn.toString());
    }

    /** The development data as the input, its columns as the parameter. */
    @Override
    public Provenance common() {
        return new Provenance(
                softwareVersion,
                Optional.of(createdOn),
                Map.of("development_data", inputSha256),
                Map.of("columns", columnNames));
    }
}
