package org.precis.learn.patch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.precis.io.provenance.Provenance;
import org.precis.io.provenance.Traceable;

/**
 * Where a patch classifier came from: the encoder (name and model SHA-256), the SHA-256 of the
 * training data, how many patches, the training parameters, the cross-validated metrics, the
 * software version and when it was trained (UTC, ISO-8601).
 */
public record ModelProvenance(
        String encoder,
        String encoderSha256,
        String dataSha256,
        int trainingCount,
        Map<String, String> parameters,
        Map<String, Double> metrics,
        String softwareVersion,
        String trainedAtUtc)
        implements Traceable {

    public ModelProvenance {
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(encoderSha256, "encoderSha256");
        Objects.requireNonNull(dataSha256, "dataSha256");
        if (trainingCount < 1) {
            throw new IllegalArgumentException("training count must be positive: " + trainingCount);
        }
        parameters = Map.copyOf(new LinkedHashMap<>(parameters));
        metrics = Map.copyOf(metrics);
        if (softwareVersion == null || softwareVersion.isBlank()) {
            throw new IllegalArgumentException("software version is missing");
        }
        Objects.requireNonNull(trainedAtUtc, "trainedAtUtc");
    }

    /**
     * Whether data with SHA-256 {@code otherDataSha256} (a patch set's, or labelled images') is this
     * model's training data: figures on it say how well the model remembers, not how it does on
     * new images.
     */
    public boolean trainedOn(String otherDataSha256) {
        return dataSha256.equalsIgnoreCase(otherDataSha256);
    }

    /** The encoder and the training data as inputs; the encoder's name and the training parameters. */
    @Override
    public Provenance common() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("encoder", encoderSha256);
        inputs.put("data", dataSha256);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("encoder", encoder);
        settings.put("training_count", trainingCount);
        settings.putAll(parameters);
        return new Provenance(softwareVersion, Optional.of(trainedAtUtc), inputs, settings);
    }
}
