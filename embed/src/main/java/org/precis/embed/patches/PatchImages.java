package org.precis.embed.patches;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.precis.slide.RgbImage;

/** Reads patch image files (any format ImageIO reads: JPEG, PNG, TIFF...). */
public final class PatchImages {

    /** The image file names {@link #find} collects from folders. */
    public static final Set<String> SUFFIXES = Set.of(".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp");

    /** Larger patches than this are refused before they are decoded. */
    static final long MAX_PIXELS = 64L * 1024 * 1024;

    /**
     * The decoded image.
     *
     * @throws PatchInputException naming the file when it cannot be decoded
     */
    public RgbImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PatchInputException(file, "image file not found");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new PatchInputException(file, "unreadable image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new PatchInputException(file, "unreadable image (not a format ImageIO reads)");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new PatchInputException(file, "image too large: " + image.getWidth() + "x" + image.getHeight());
        }
        return RgbImage.of(image);
    }

    /**
     * Image files: each location that is a file, and the files of each folder (searched
     * recursively, sorted) whose names end in one of {@link #SUFFIXES}.
     *
     * @throws PatchInputException naming a location that is neither
     * @throws IllegalArgumentException when no image file is found
     */
    public List<Path> find(List<Path> locations) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location)) {
                    walk.filter(Files::isRegularFile)
                            .filter(PatchImages::isImage)
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(location)) {
                files.add(location);
            } else {
                throw new PatchInputException(location, "no such image file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(locations + ": no image files found");
        }
        return files;
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
