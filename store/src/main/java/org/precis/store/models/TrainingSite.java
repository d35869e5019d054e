package org.precis.store.models;

import org.precis.io.file.Sha256Hex;

/**
 * One site's part in training a model: how many cases (or patches) it trained on and the SHA-256
 * of those data, as the site computed it. A federated study keeps both at the site (the secure sum
 * releases only the pooled count): then they are null, "not released", never guessed.
 *
 * @param count the site's training cases or patches, null when the site did not release it
 * @param dataSha256 the SHA-256 of the site's data, null when the site did not release it
 */
public record TrainingSite(String site, Long count, String dataSha256) {
    public TrainingSite {
        ModelValues.requireSite(site);
        if (count != null && count < 0) {
            throw new IllegalArgumentException("training site " + site + ": count must be at least 0, got " + count);
        }
        if (dataSha256 != null) {
            dataSha256 = Sha256Hex.require("training site " + site + " data", dataSha256);
        }
    }

    /** A site whose count and data hash are known. */
    public TrainingSite(String site, long count, String dataSha256) {
        this(site, Long.valueOf(count), java.util.Objects.requireNonNull(dataSha256, "dataSha256"));
    }

    /** A site of a federated study, whose count and data hash stayed at the site. */
    public static TrainingSite federated(String site) {
        return new TrainingSite(site, null, null);
    }
}
