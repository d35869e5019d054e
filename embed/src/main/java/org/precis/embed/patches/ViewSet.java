package org.precis.embed.patches;

import java.util.List;

/** Which views of a patch are embedded and averaged. */
public enum ViewSet {
    /** The patch as it is. */
    IDENTITY(List.of(PatchView.IDENTITY)),
    /** All eight flips and rotations, embeddings averaged. */
    DIHEDRAL8(List.of(PatchView.values()));

    private final List<PatchView> views;

    ViewSet(List<PatchView> views) {
        this.views = views;
    }

    public List<PatchView> views() {
        return views;
    }
}
