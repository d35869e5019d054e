package org.precis.store.models;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered model version as the registry keeps it, with its current status (the latest of its
 * status changes). The file itself is read with {@link ModelRegistry#file}.
 *
 * @param fileSha256 the SHA-256 of the file's bytes, which address it
 * @param fileBytes the file's size
 * @param createdBy the user who registered it
 */
public record ModelVersion(
        String name,
        int version,
        Optional<Integer> parentVersion,
        String task,
        String intendedUse,
        TrainingData trainingData,
        Optional<String> studyId,
        int rounds,
        Optional<PrivacySpent> privacy,
        String encoderLicence,
        String fileSha256,
        long fileBytes,
        Instant created,
        String createdBy,
        ModelStatus status) {
    public ModelVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentVersion, "parentVersion");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(intendedUse, "intendedUse");
        Objects.requireNonNull(trainingData, "trainingData");
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(encoderLicence, "encoderLicence");
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(status, "status");
    }

    /** {@code name v3}, as messages name a version. */
    public String label() {
        return name + " v" + version;
    }
}
