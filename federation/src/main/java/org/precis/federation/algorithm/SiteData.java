package org.precis.federation.algorithm;

import java.util.Objects;
import java.util.Optional;
import org.precis.embed.patches.PatchSet;
import org.precis.survival.data.SurvivalTable;

/**
 * What a site computes on: its table (the policy's allowed columns only) and, at a site that holds
 * one, its labelled patch embeddings (a patch set, as {@code precis embed --patches} writes it).
 * Neither ever leaves the site.
 */
public record SiteData(SurvivalTable table, Optional<PatchSet> patches) {
    public SiteData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(patches, "patches");
    }

    /** A site with a table only. */
    public static SiteData of(SurvivalTable table) {
        return new SiteData(table, Optional.empty());
    }
}
