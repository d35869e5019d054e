package org.precis.cells.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.cells.classify.CellClassifier;
import org.precis.cells.classify.CellPrediction;
import org.precis.cells.classify.NucleusPoint;
import org.precis.cells.classify.PairMitosis;
import org.precis.cells.classify.WholeImageCalls;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.output.Cell;
import org.precis.cells.output.Classification;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;

/** Classifies the nuclei of an image and places them, in µm, in a {@link GradingField}. */
public final class ClassifiedFields {

    private final CellClassifier classifier;

    public ClassifiedFields(CellClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The field of {@code image} with its detected {@code nuclei} classified as on a whole image
     * ({@link CellClassifier#classifyImage}: mitosis calls suppressed within the model's radius, and
     * mitoses between two nuclei added as nuclei of class Mitosis without an area, after the
     * detected ones), their areas measured, and its lumina found by {@link LumenFinder} among the
     * detected nuclei.
     */
    public GradingField detectedField(String name, RgbImage image, double mpp, List<Nucleus> nuclei)
            throws EncoderException {
        List<double[]> centroids = new ArrayList<>();
        double[] haematoxylin = new double[nuclei.size()];
        for (int i = 0; i < nuclei.size(); i++) {
            centroids.add(new double[] {nuclei.get(i).centroidX(), nuclei.get(i).centroidY()});
            haematoxylin[i] = nuclei.get(i).measurements().haematoxylinMean();
        }
        WholeImageCalls calls = classifier.classifyImage(image, mpp, centroids, haematoxylin);
        List<GradedNucleus> graded = new ArrayList<>();
        for (int i = 0; i < nuclei.size(); i++) {
            Nucleus n = nuclei.get(i);
            graded.add(new GradedNucleus(
                    n.centroidX() * mpp,
                    n.centroidY() * mpp,
                    calls.nuclei().get(i).call(),
                    java.util.OptionalDouble.of(n.measurements().areaUm2())));
        }
        List<Lumen> lumina = new LumenFinder().find(image, mpp, graded);
        for (PairMitosis pair : calls.pairMitoses()) {
            graded.add(new GradedNucleus(
                    pair.candidate().x() * mpp,
                    pair.candidate().y() * mpp,
                    CellClass.MITOSIS,
                    java.util.OptionalDouble.empty()));
        }
        return new GradingField(name, image.width() * mpp, image.height() * mpp, graded, Optional.of(lumina));
    }

    /**
     * The detected {@code nuclei} of a field made by {@link #detectedField} from them, as cells
     * carrying the classes they were graded with (for an overlay), in order; the mitoses between
     * nuclei, which follow them in the field, are not cells.
     */
    public static List<Cell> cells(List<Nucleus> nuclei, GradingField field) {
        if (nuclei.size() > field.nuclei().size()) {
            throw new IllegalArgumentException("field " + field.name() + " has "
                    + field.nuclei().size() + " nuclei, not the " + nuclei.size() + " given");
        }
        List<Cell> cells = new ArrayList<>(nuclei.size());
        for (int i = 0; i < nuclei.size(); i++) {
            cells.add(Cell.classified(
                    nuclei.get(i), Classification.of(field.nuclei().get(i).cellClass())));
        }
        return cells;
    }

    /** The field of {@code image} (pixel size {@code mpp} µm) with its {@code nuclei} classified; no lumina. */
    public GradingField field(String name, RgbImage image, double mpp, List<NucleusPoint> nuclei)
            throws EncoderException {
        List<double[]> centroids = new ArrayList<>();
        for (NucleusPoint p : nuclei) {
            centroids.add(new double[] {p.x(), p.y()});
        }
        List<CellPrediction> predictions = classifier.classify(image, mpp, centroids);
        List<GradedNucleus> graded = new ArrayList<>();
        for (int i = 0; i < nuclei.size(); i++) {
            NucleusPoint p = nuclei.get(i);
            graded.add(new GradedNucleus(
                    p.x() * mpp, p.y() * mpp, predictions.get(i).call(), p.areaUm2()));
        }
        return new GradingField(name, image.width() * mpp, image.height() * mpp, graded, Optional.empty());
    }
}
