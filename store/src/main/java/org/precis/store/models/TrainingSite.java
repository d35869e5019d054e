package org.precis.store.models;

import org.precis.io.file.Sha256Hex;

/**
 * One site's part in training a model: how many cases (or patches) it trained on and the SHA-256
 * of those data, as the site computed it.
 */
public record TrainingSite(String site, long count, String dataSha256) {
    public TrainingSite {
        ModelValues.requireSite(site);
        if (count < 0) {
            throw new IllegalArgumentException("training site " + site + ": count must be at least 0, got " + count);
        }
        dataSha256 = Sha256Hex.require("training site " + site + " data", dataSha256);
    }
}
