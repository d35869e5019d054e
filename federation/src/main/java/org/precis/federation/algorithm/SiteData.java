package org.precis.federation.algorithm;

import java.util.Objects;
import java.util.Optional;
import org.precis.embed.patches.PatchSet;
import org.precis.survival.data.SurvivalTable;

/**
 * What a site computes on: its name (its certificate's identity, as studies list it), its table
 * (the policy's allowed columns only) and, at a site that holds one, its labelled patch embeddings
 * (a patch set, as {@code precis embed --patches} writes it). Neither table nor patches ever leave
 * the site; the name lets an algorithm that releases per-site figures by design find its own slots.
 */
public record SiteData(String site, SurvivalTable table, Optional<PatchSet> patches) {
    public SiteData {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(patches, "patches");
    }

    /** A site with a table only. */
    public static SiteData of(String site, SurvivalTable table) {
        return new SiteData(site, table, Optional.empty());
    }
}
