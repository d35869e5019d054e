package org.precis.report.casereport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.precis.io.file.FileSha256;
import org.precis.io.provenance.Provenance;
import org.precis.testing.SampleData;

/**
 * A realistic amended breast case report for the renderers' tests (also used by the fhir module's
 * tests through this module's test jar). Slide and model digests are the SHA-256 of real sample
 * files; the key image is a real H&amp;E patch with a cells overlay.
 */
public final class SampleCaseReports {

    /** The comment holding markup, to check that every renderer escapes case text. */
    public static final String HOSTILE_COMMENT =
            "<script>alert('x')</script> breast primary: the lung model does not apply";

    private SampleCaseReports() {}

    /** Case BR-2026-0042: signed as version 1, amended as version 2. */
    public static CaseReport amendedBreastCase() {
        Path slideFile = SampleData.path("samples/wsi/CMU-1-Small-Region.svs");
        String slideSha = sha256(slideFile);
        String ki67ModelSha = sha256(SampleData.path("models/nic_multitask/nic_multitask_128.onnx"));
        String lungModelSha = sha256(SampleData.path("models/mobilenet_v2/mobilenet_v2_1.0_224_quant.float32.onnx"));
        String software = "precis 0.1.0";

        ModelCard ki67Model = new ModelCard(
                "ki67-nuclei-v3",
                "Precis Ki-67 nucleus classifier",
                "3.1.0",
                ki67ModelSha,
                "Ki-67 labelling index on Ki-67 IHC slides of invasive breast carcinoma, 20x, hot spot or whole tumour",
                "12,400 annotated nuclei from 310 slides of 2 hospitals (2019-2023)",
                "Index within ±2.5 points of two pathologists' consensus on 96 % of 180 held-out slides from a third"
                        + " hospital; ICC 0.94 (95 % CI 0.92–0.96)",
                "Not tested on decalcified bone metastases or on cytology; overcounts in crush artefact",
                true);
        ModelCard lungModel = new ModelCard(
                "lung-subtype-mil-v1",
                "Precis lung adenocarcinoma / squamous classifier",
                "1.0.2",
                lungModelSha,
                "Suggests the histologic type of a primary lung carcinoma on H&E whole slides",
                "LC25000 patches (lung_aca, lung_scc, lung_n), 15,000 images at 0.5 µm/px",
                "Balanced accuracy 0.91 (95 % CI 0.88–0.93) on 600 patches it never saw; not measured on whole slides"
                        + " from other sites",
                "Never trained on metastases to the lung or on breast tissue; patch-level only (≥ 224 px tiles)",
                false);
        ModelCard coxModel = new ModelCard(
                "breast-cox-npi-v2",
                "Precis breast survival model (Cox, NPI + Ki-67)",
                "2.0.0",
                sha256(SampleData.path("models/nic_multitask/encoder_multitask-4.h5")),
                "Predicted 5-year overall survival for invasive breast carcinoma after surgery",
                "METABRIC-like clinical table, 1,904 patients, 1,103 deaths",
                "Harrell's C 0.68 (95 % CI 0.65–0.71) on a held-out 30 % split; calibration slope 0.96",
                "Not validated after neoadjuvant therapy; survival → population average for stage IV",
                false);

        Provenance ki67Provenance = new Provenance(
                software,
                Optional.of("2026-03-02T09:41:12Z"),
                Map.of("slide", slideSha, "model", ki67ModelSha),
                orderedMap("tile_size_um", 256.0, "threshold_dab", 0.18, "region", "hot spot 1 mm²"));
        Provenance gradeProvenance = new Provenance(
                software,
                Optional.of("2026-03-02T09:43:55Z"),
                Map.of("slide", slideSha),
                orderedMap("mitosis_field_mm2", 2.0, "grading", "Nottingham (Elston-Ellis)"));
        Provenance lungProvenance = new Provenance(
                software,
                Optional.of("2026-03-02T09:44:20Z"),
                Map.of("slide", slideSha, "model", lungModelSha),
                orderedMap("mpp", 0.5, "tiles", 412));
        Provenance clinicalProvenance = new Provenance(
                software, Optional.empty(), Map.of(), orderedMap("formula", "0.2 × size_cm + node stage + grade"));
        Provenance survivalProvenance = new Provenance(
                software,
                Optional.of("2026-03-02T09:45:02Z"),
                Map.of("model", coxModel.sha256()),
                orderedMap("horizon_years", 5, "covariates", "npi, ki67_index, age"));
        Provenance pam50Provenance = new Provenance(
                software,
                Optional.of("2026-03-02T09:46:40Z"),
                Map.of(),
                orderedMap("method", "PAM50 centroids (Spearman)", "centroid_LumA", 0.41, "centroid_LumB", 0.38));

        List<ReportedFinding> findings = List.of(
                quantity(
                        "ki67_index",
                        "Ki-67 index",
                        "ki67",
                        22.1,
                        "%",
                        "%",
                        1,
                        new Interval(20.3, 24.0, 0.95),
                        "ki67-nuclei-v3",
                        ki67Provenance,
                        ReviewDecision.ACCEPT,
                        "Hot spot matches the invasive front."),
                quantity(
                        "tubule_formation_score",
                        "Tubule formation score",
                        "grade",
                        3,
                        "{score}",
                        "",
                        0,
                        null,
                        null,
                        gradeProvenance,
                        ReviewDecision.ACCEPT,
                        ""),
                quantity(
                        "nuclear_pleomorphism_score",
                        "Nuclear pleomorphism score",
                        "grade",
                        3,
                        "{score}",
                        "",
                        0,
                        null,
                        null,
                        gradeProvenance,
                        ReviewDecision.ACCEPT,
                        ""),
                quantity(
                        "mitotic_rate_score",
                        "Mitotic rate score",
                        "grade",
                        2,
                        "{score}",
                        "",
                        0,
                        null,
                        null,
                        gradeProvenance,
                        ReviewDecision.ACCEPT,
                        ""),
                quantity(
                        "mitotic_count",
                        "Mitotic count",
                        "grade",
                        5.6,
                        "/mm2",
                        "/mm²",
                        1,
                        new Interval(4.3, 7.1, 0.95),
                        null,
                        gradeProvenance,
                        ReviewDecision.ACCEPT,
                        ""),
                new ReportedFinding(
                        "nottingham_grade",
                        "Histologic grade (Nottingham)",
                        "grade",
                        new FindingValue.Category("3", "Grade 3"),
                        Optional.empty(),
                        ReviewDecision.ACCEPT,
                        "Score 8 = 3 + 3 + 2.",
                        "dr.lindqvist",
                        Optional.empty(),
                        Optional.empty(),
                        gradeProvenance),
                quantity(
                        "npi",
                        "Nottingham Prognostic Index",
                        "npi",
                        5.4,
                        "1",
                        "",
                        1,
                        null,
                        null,
                        clinicalProvenance,
                        ReviewDecision.ACCEPT,
                        "22 mm, 2 of 14 nodes positive (stage 2), grade 3."),
                new ReportedFinding(
                        "pam50_subtype",
                        "Breast intrinsic subtype (PAM50)",
                        "pam50",
                        new FindingValue.Category("LumA", "Luminal A"),
                        Optional.of(new FindingValue.Category("LumB", "Luminal B")),
                        ReviewDecision.CHANGE,
                        "Ki-67 22 % and grade 3 favour Luminal B; centroid correlations 0.41 vs 0.38 are too close.",
                        "dr.lindqvist",
                        Optional.empty(),
                        Optional.empty(),
                        pam50Provenance),
                new ReportedFinding(
                        "lung_subtype",
                        "Lung tumour histologic type",
                        "lung-subtype",
                        new FindingValue.Category("adenocarcinoma", "Adenocarcinoma (p = 0.87)"),
                        Optional.empty(),
                        ReviewDecision.REJECT,
                        HOSTILE_COMMENT,
                        "dr.lindqvist",
                        Optional.empty(),
                        Optional.of("lung-subtype-mil-v1"),
                        lungProvenance),
                quantity(
                        "survival_5y",
                        "Predicted 5-year overall survival",
                        "survival-risk",
                        78.0,
                        "%",
                        "%",
                        0,
                        new Interval(70.0, 85.0, 0.95),
                        "breast-cox-npi-v2",
                        survivalProvenance,
                        ReviewDecision.ACCEPT,
                        ""));

        Map<String, Object> clinical = new LinkedHashMap<>();
        clinical.put("size_mm", 22);
        clinical.put("nodes", 2);
        clinical.put("grade", 3);
        clinical.put("er", "positive");
        clinical.put("age", 58);

        return new CaseReport(
                "BR-2026-0042",
                "PSN-7F3K-91QX",
                "Left breast, wide local excision",
                ReportStatus.AMENDED,
                2,
                Optional.of("PAM50 subtype revised to Luminal B after review of Ki-67 and grade"),
                clinical,
                findings,
                List.of(ki67Model, lungModel, coxModel),
                List.of(new ReportSlide(
                        "slide-1", "CMU-1-Small-Region.svs", "aperio-svs", slideSha, OptionalDouble.of(0.499))),
                List.of(
                        new KeyImage(
                                "Cells overlay",
                                cellsOverlayPng(),
                                "H&E patch (0.5 µm/px) with detected nuclei: green negative, red positive; scale bar 50 µm."),
                        new KeyImage(
                                "Predicted survival",
                                survivalCurvePng(),
                                "Predicted overall survival with 95 % band; 5-year survival 78 % (70–85 %).")),
                List.of(
                        new Signature(
                                "dr.lindqvist", Instant.parse("2026-03-02T10:15:30Z"), 1, SignatureMeaning.SIGNED),
                        new Signature("dr.okafor", Instant.parse("2026-03-04T08:02:11Z"), 2, SignatureMeaning.AMENDED)),
                "0.1.0",
                Instant.parse("2026-03-04T08:05:00Z"));
    }

    private static ReportedFinding quantity(
            String key,
            String label,
            String kind,
            double value,
            String ucum,
            String unitDisplay,
            int decimals,
            Interval interval,
            String modelId,
            Provenance provenance,
            ReviewDecision decision,
            String comment) {
        return new ReportedFinding(
                key,
                label,
                kind,
                new FindingValue.Quantity(value, ucum, unitDisplay, decimals),
                Optional.empty(),
                decision,
                comment,
                "dr.lindqvist",
                Optional.ofNullable(interval),
                Optional.ofNullable(modelId),
                provenance);
    }

    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String sha256(Path file) {
        try {
            return FileSha256.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real LC25000 H&E patch, with nuclei circled as the cells overlay draws them. */
    static byte[] cellsOverlayPng() {
        try {
            BufferedImage patch =
                    ImageIO.read(SampleData.path("samples/patches/lung_LC25000_224px/lung_aca/lungaca1.jpeg")
                            .toFile());
            BufferedImage image = new BufferedImage(patch.getWidth(), patch.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.drawImage(patch, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(2f));
            int[][] nuclei = {{40, 50}, {90, 70}, {150, 60}, {60, 140}, {120, 160}, {180, 130}, {170, 190}};
            for (int i = 0; i < nuclei.length; i++) {
                g.setColor(i % 3 == 0 ? new Color(220, 30, 30) : new Color(30, 190, 60));
                g.drawOval(nuclei[i][0] - 9, nuclei[i][1] - 9, 18, 18);
            }
            g.setColor(Color.BLACK);
            g.fillRect(10, patch.getHeight() - 14, 100, 5);
            g.dispose();
            return png(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A predicted survival curve with its band, drawn as the survival chart would. */
    static byte[] survivalCurvePng() {
        BufferedImage image = new BufferedImage(300, 224, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 224);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(30, 200, 290, 200);
        g.drawLine(30, 200, 30, 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        g.drawString("years", 250, 215);
        for (int year = 0; year <= 10; year++) {
            double survival = Math.exp(-0.05 * year);
            int x = 30 + year * 26;
            int y = 200 - (int) Math.round(survival * 185);
            g.setColor(new Color(150, 180, 230));
            g.fillRect(x, y - 12, 26, 24);
            g.setColor(new Color(20, 60, 180));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(x, y, x + 26, y);
        }
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
