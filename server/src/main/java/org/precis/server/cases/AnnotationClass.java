package org.precis.server.cases;

import java.util.List;
import java.util.Optional;
import org.precis.store.cases.AnnotationClassification;

/**
 * A class the viewer offers for a drawn annotation, as QuPath writes it in GeoJSON ({@code
 * "classification": {"name": "Tumor", "color": [200, 0, 0]}}). The name is what the training-patch
 * export selects by; the colour is what the viewer draws the annotation in.
 *
 * @param name 1 to 64 characters without control characters ({@link AnnotationClassification})
 * @param color red, green and blue, each 0-255
 */
public record AnnotationClass(String name, List<Integer> color) {
    /**
     * The lung subtype patch classes Precis's patch classifier and federated training use, then
     * QuPath's standard classes with QuPath's colours.
     */
    public static final List<AnnotationClass> DEFAULTS = List.of(
            new AnnotationClass("lung_aca", List.of(230, 120, 30)),
            new AnnotationClass("lung_n", List.of(40, 160, 70)),
            new AnnotationClass("lung_scc", List.of(120, 60, 190)),
            new AnnotationClass("Tumor", List.of(200, 0, 0)),
            new AnnotationClass("Stroma", List.of(150, 200, 150)),
            new AnnotationClass("Immune cells", List.of(160, 90, 160)),
            new AnnotationClass("Necrosis", List.of(50, 50, 50)),
            new AnnotationClass("Other", List.of(255, 200, 0)));

    public AnnotationClass {
        // the store's rule for a class name and colour, so that every class offered can be saved
        color = new AnnotationClassification(name, Optional.of(color)).color().orElseThrow();
    }
}
