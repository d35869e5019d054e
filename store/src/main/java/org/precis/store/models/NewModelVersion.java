package org.precis.store.models;

import java.util.Objects;
import java.util.Optional;

/**
 * A model to register: what the registry records about it and the file's bytes (a patch
 * classifier's JSON, at most {@link #MAX_FILE_BYTES}). The version number and the file's SHA-256
 * are the registry's to give.
 *
 * @param name the model's name; its versions are numbered 1, 2, ...
 * @param parentVersion the earlier version of the same name this one was trained from, if any
 * @param task what it predicts, e.g. {@code lung-subtype} or {@code tumour-vs-normal}
 * @param intendedUse who may use it for what, in words
 * @param trainingData the sites, counts, data hashes and recipe
 * @param studyId the federated study that trained it, if one did
 * @param rounds the federated rounds it took (0 outside a study)
 * @param privacy the differential-privacy budget spent, if any
 * @param encoderLicence the licence of the encoder its features come from
 * @param file the model file's bytes
 */
public record NewModelVersion(
        String name,
        Optional<Integer> parentVersion,
        String task,
        String intendedUse,
        TrainingData trainingData,
        Optional<String> studyId,
        int rounds,
        Optional<PrivacySpent> privacy,
        String encoderLicence,
        byte[] file) {
    /** Model files larger than this are refused (patch classifiers are about 0.1 to 1 MB). */
    public static final int MAX_FILE_BYTES = 64 << 20;

    public NewModelVersion {
        ModelValues.requireName(name);
        parentVersion = Objects.requireNonNullElse(parentVersion, Optional.empty());
        parentVersion.ifPresent(ModelValues::requireVersion);
        task = ModelValues.requireText("model " + name + ": the task", task, ModelValues.MAX_TASK_CHARS);
        intendedUse = ModelValues.requireText(
                "model " + name + ": the intended use", intendedUse, ModelValues.MAX_INTENDED_USE_CHARS);
        trainingData = Objects.requireNonNullElse(trainingData, TrainingData.unrecorded());
        studyId = ModelValues.requireStudy(studyId);
        if (rounds < 0) {
            throw new IllegalArgumentException("model " + name + ": rounds must be at least 0, got " + rounds);
        }
        privacy = Objects.requireNonNullElse(privacy, Optional.empty());
        encoderLicence = ModelValues.requireText(
                "model " + name + ": the encoder licence", encoderLicence, ModelValues.MAX_LICENCE_CHARS);
        if (file == null || file.length == 0 || file.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("model " + name + ": the file must hold 1 to " + MAX_FILE_BYTES
                    + " bytes, got " + (file == null ? 0 : file.length));
        }
        file = file.clone();
    }

    @Override
    public byte[] file() {
        return file.clone();
    }
}
