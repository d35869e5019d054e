/**
 * Cell classes (Tumor, Non-tumor, Mitosis, Apoptosis) from a patch around each nucleus: features
 * ({@link org.precis.cells.classify.CellFeatures}: encoder embeddings and stain statistics of the
 * centre), a softmax head fitted with learn's multinomial logistic regression, the mitosis call
 * rule, image-grouped nested cross-validation ({@link org.precis.cells.classify.GroupedCellValidation}),
 * the model file ({@link org.precis.cells.classify.CellClassifierModels}) and the classifier that
 * applies it to detected nuclei ({@link org.precis.cells.classify.CellClassifier}), with the
 * mitosis candidates of a whole image (nuclei and nucleus-pair midpoints, {@link
 * org.precis.cells.classify.MitosisCandidates}) and the suppression that keeps one mitosis call per
 * figure ({@link org.precis.cells.classify.MitosisSuppression}), applied alike to a whole image
 * ({@code cells grade}) and to a tiled run's merged nuclei ({@code cells detect --classify}, {@link
 * org.precis.cells.classify.ClassifierStage}) by {@link org.precis.cells.classify.MitosisFigures}.
 * Research use only, not a diagnosis.
 */
package org.precis.cells.classify;
