package org.precis.casework.training;

import java.util.Objects;

/** A signed annotation of a class asked for, with the area it outlines. */
record LabelledArea(SignedCase signedCase, SignedAnnotation annotation, String label, AnnotatedArea area) {
    LabelledArea {
        Objects.requireNonNull(signedCase, "signedCase");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(area, "area");
    }
}
