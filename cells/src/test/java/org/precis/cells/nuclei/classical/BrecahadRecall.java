package org.precis.cells.nuclei.classical;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.evaluation.AnnotatedPoint;
import org.precis.cells.nuclei.evaluation.ClassRecall;
import org.precis.cells.nuclei.evaluation.PointAnnotations;
import org.precis.cells.nuclei.evaluation.RecallEvaluation;
import org.precis.slide.RgbImage;

/**
 * Recall of the annotated BreCaHAD nuclei by the classical detector with its default settings,
 * per image and pooled, by class; run by {@code bench/cells-recall.sh}. Arguments: the BreCaHAD
 * folder, the pixel size (µm/px) and the match radius (µm).
 */
public final class BrecahadRecall {

    private static final List<String> CLASSES = List.of("tumor", "non_tumor", "mitosis", "apoptosis");

    private BrecahadRecall() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        double mpp = Double.parseDouble(args[1]);
        double radiusUm = Double.parseDouble(args[2]);
        ClassicalNucleusDetector detector = new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults());
        RecallEvaluation evaluation = new RecallEvaluation(CLASSES, radiusUm, mpp);
        List<Path> images;
        try (Stream<Path> files = Files.list(folder.resolve("images"))) {
            images = files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<Map<String, ClassRecall>> perImage = new ArrayList<>();
        long detections = 0;
        System.out.printf(Locale.ROOT, "detector %s %s%n", detector.name(), detector.parameters());
        System.out.printf(Locale.ROOT, "match radius %.2f um at %.3f um/px%n", radiusUm, mpp);
        System.out.printf(
                Locale.ROOT, "%-12s %10s %9s %7s %7s%n", "image", "detections", "annotated", "matched", "recall");
        for (Path image : images) {
            String name = image.getFileName().toString().replace(".jpg", "");
            RgbImage rgb = RgbImage.of(ImageIO.read(image.toFile()));
            List<Nucleus> nuclei = detector.detect(rgb, mpp);
            List<AnnotatedPoint> points =
                    PointAnnotations.read(folder.resolve("annotations").resolve(name + ".csv"));
            Map<String, ClassRecall> recall = evaluation.evaluate(points, nuclei);
            perImage.add(recall);
            detections += nuclei.size();
            ClassRecall all = recall.get(RecallEvaluation.ALL);
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %10d %9d %7d %7.3f%n",
                    name,
                    nuclei.size(),
                    all.annotated(),
                    all.matched(),
                    all.recall());
        }
        System.out.printf(
                Locale.ROOT,
                "pooled over %d images, %.1f detections per image%n",
                images.size(),
                (double) detections / images.size());
        for (ClassRecall recall : RecallEvaluation.pool(perImage).values()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-10s %5d annotated %5d matched  recall %.3f%n",
                    recall.className(),
                    recall.annotated(),
                    recall.matched(),
                    recall.recall());
        }
    }
}
