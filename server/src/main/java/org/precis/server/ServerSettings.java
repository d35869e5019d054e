package org.precis.server;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.precis.casework.ModelRuntime;
import org.precis.server.cases.AnnotationClass;

/**
 * How a server runs.
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} by default: a hospital puts a
 *     TLS proxy in front)
 * @param port the port, 0 for any free one
 * @param slideRoots the folders whose slides may be shown (at least one)
 * @param maxRequestBytes the largest request body accepted (annotation imports, reviews)
 * @param openSlides how many slides are kept open at once
 * @param tileCacheBytes the bytes of encoded Deep Zoom tiles kept in memory
 * @param annotationClasses the classes the viewer offers for a drawn annotation (besides no class),
 *     in the order shown; {@link AnnotationClass#DEFAULTS} unless the caller names others
 * @param models where the shipped encoders are and how many threads analyses use; without it the
 *     viewer runs the analyses that need no encoder (QC, Ki67) but not the grade
 */
public record ServerSettings(
        String bindAddress,
        int port,
        List<Path> slideRoots,
        long maxRequestBytes,
        int openSlides,
        long tileCacheBytes,
        List<AnnotationClass> annotationClasses,
        Optional<ModelRuntime> models) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L << 20;
    public static final int DEFAULT_OPEN_SLIDES = 16;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (slideRoots.isEmpty()) {
            throw new IllegalArgumentException("at least one slide folder is needed (--slides DIR)");
        }
        slideRoots = List.copyOf(slideRoots);
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the largest request must be at least 1 KiB: " + maxRequestBytes);
        }
        if (tileCacheBytes < 0) {
            throw new IllegalArgumentException("the tile cache size must not be negative: " + tileCacheBytes);
        }
        if (openSlides < 1) {
            throw new IllegalArgumentException("at least one open slide: " + openSlides);
        }
        annotationClasses = List.copyOf(annotationClasses);
        HashSet<String> names = new HashSet<>();
        for (AnnotationClass annotationClass : annotationClasses) {
            if (!names.add(annotationClass.name())) {
                throw new IllegalArgumentException("annotation class '" + annotationClass.name() + "' is named twice");
            }
        }
    }

    /** Settings with the default annotation classes. */
    public ServerSettings(
            String bindAddress,
            int port,
            List<Path> slideRoots,
            long maxRequestBytes,
            int openSlides,
            long tileCacheBytes) {
        this(
                bindAddress,
                port,
                slideRoots,
                maxRequestBytes,
                openSlides,
                tileCacheBytes,
                AnnotationClass.DEFAULTS,
                Optional.empty());
    }

    /** These settings offering {@code classes} for drawn annotations instead. */
    public ServerSettings withAnnotationClasses(List<AnnotationClass> classes) {
        return new ServerSettings(
                bindAddress, port, slideRoots, maxRequestBytes, openSlides, tileCacheBytes, classes, models);
    }

    /** These settings with the shipped encoders, so that the viewer can run the grade analysis too. */
    public ServerSettings withModels(ModelRuntime runtime) {
        return new ServerSettings(
                bindAddress,
                port,
                slideRoots,
                maxRequestBytes,
                openSlides,
                tileCacheBytes,
                annotationClasses,
                Optional.of(runtime));
    }

    public static ServerSettings of(String bindAddress, int port, List<Path> slideRoots) {
        return new ServerSettings(
                bindAddress, port, slideRoots, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_OPEN_SLIDES, 128L << 20);
    }
}
