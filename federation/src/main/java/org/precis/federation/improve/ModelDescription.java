package org.precis.federation.improve;

/**
 * What a registered model is for: its task, intended use and the licence of the encoder it needs.
 *
 * @param task e.g. "lung patch subtype (adenocarcinoma, benign, squamous)"
 * @param intendedUse e.g. "research use: heatmaps for a pathologist's review, not a diagnosis"
 * @param encoderLicence the licence of the embedding model the recipe names
 */
public record ModelDescription(String task, String intendedUse, String encoderLicence) {
    public ModelDescription {
        for (String value : new String[] {task, intendedUse, encoderLicence}) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a model needs a task, an intended use and its encoder's licence");
            }
        }
    }
}
