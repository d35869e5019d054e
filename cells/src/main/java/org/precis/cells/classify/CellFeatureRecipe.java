package org.precis.cells.classify;

import java.util.List;

/**
 * What a cell's feature vector is made of, in order: each encoder's embedding of its patch, then,
 * when {@code stainFeatures}, the {@link StainFeatures} of the nucleus centre.
 */
public record CellFeatureRecipe(List<EncoderField> encoders, boolean stainFeatures) {

    public CellFeatureRecipe {
        encoders = List.copyOf(encoders);
        if (encoders.isEmpty() && !stainFeatures) {
            throw new IllegalArgumentException("a feature recipe needs an encoder or the stain features");
        }
    }

    /** The length of the feature vector. */
    public int dimension() {
        int d = stainFeatures ? StainFeatures.NAMES.size() : 0;
        for (EncoderField field : encoders) {
            d += field.dimension();
        }
        return d;
    }

    /** A short label, for example {@code nic_multitask+stain}. */
    public String label() {
        StringBuilder label = new StringBuilder();
        for (EncoderField field : encoders) {
            label.append(label.length() == 0 ? "" : "+").append(field.encoder());
        }
        if (stainFeatures) {
            label.append(label.length() == 0 ? "" : "+").append("stain");
        }
        return label.toString();
    }
}
