package org.precis.slide.deepzoom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.precis.slide.ImageComparison;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;

/**
 * The reference made by OpenSlide's DeepZoomGenerator
 * ({@code src/test/fixtures/deepzoom/make_reference.py}): {@code deepzoom.json} and the files
 * beside it.
 */
final class DeepZoomReference {

    static final String ROOT = "/reference/deepzoom/";

    private final JsonNode document;

    private DeepZoomReference(JsonNode document) {
        this.document = document;
    }

    static DeepZoomReference load() throws IOException {
        try (InputStream in = DeepZoomReference.class.getResourceAsStream(ROOT + "deepzoom.json")) {
            if (in == null) {
                throw new IOException("test resource missing: " + ROOT + "deepzoom.json");
            }
            return new DeepZoomReference(new ObjectMapper().readTree(in));
        }
    }

    List<Sample> slides() {
        List<Sample> all = new ArrayList<>();
        document.get("slides").forEach(slide -> all.add(new Sample(slide)));
        return all;
    }

    Sample slide(String fileName) {
        return slides().stream()
                .filter(s -> s.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference for " + fileName));
    }

    JsonNode regions() {
        return document.get("regions");
    }

    static RgbImage png(String name) throws IOException {
        return ImageComparison.resource(ROOT + name);
    }

    /** One sample slide's reference pyramid. */
    record Sample(JsonNode entry) {

        String fileName() {
            String path = entry.get("sample").asText();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** The sample file, checked to be the one the reference was made from. */
        Path file() throws IOException {
            Path file = SampleData.slide(fileName());
            String expected = entry.get("sha256").asText();
            if (!sha256(file).equals(expected)) {
                throw new IllegalStateException(
                        file + " is not the file the reference was made from (sha256 " + expected + ")");
            }
            return file;
        }

        String dzi() throws IOException {
            try (InputStream in = DeepZoomReference.class.getResourceAsStream(
                    ROOT + entry.get("dzi").asText())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        JsonNode levels() {
            return entry.get("levels");
        }

        JsonNode tiles() {
            return entry.get("tiles");
        }

        JsonNode thumbnailSizesDiffering() {
            return entry.get("thumbnail_sizes_differing");
        }

        @Override
        public String toString() {
            return fileName();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
