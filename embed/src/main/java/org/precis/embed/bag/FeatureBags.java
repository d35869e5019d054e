package org.precis.embed.bag;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.WritableDataset;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.precis.embed.hdf5.Float32Rows;
import org.precis.embed.hdf5.HdfDamage;
import org.precis.embed.hdf5.RootFields;
import org.precis.io.file.AtomicFile;

/**
 * Reads and writes feature bags as HDF5 in the layout CLAM and TRIDENT use: dataset
 * {@code features} float32 [N, D] and dataset {@code coords} int64 [N, 2] (x, y of each tile's
 * top-left corner, level-0 pixels) at the root; {@code coords} carries CLAM's
 * {@code patch_size} and {@code patch_level}, the root carries the provenance ({@code encoder},
 * {@code tile_size_px}, {@code target_mpp} when known, {@code slide_sha256},
 * {@code software_version}, and when known {@code model_sha256}, {@code min_tissue_fraction},
 * {@code skipped_tiles}).
 *
 * <p>jhdf writes string attributes as fixed-length UTF-8, which h5py 3 returns as {@code bytes}
 * ({@code .decode()} them); it also adds its own {@code _jHDF} attribute.
 *
 * <p>A bag is written to a temporary file in the target's folder and renamed when complete, so
 * an interrupted run never leaves a half-written bag under the final name.
 */
public final class FeatureBags {

    static final String FEATURES = "features";
    static final String COORDS = "coords";
    static final String ENCODER = "encoder";
    static final String TILE_SIZE_PX = "tile_size_px";
    static final String TARGET_MPP = "target_mpp";
    static final String SLIDE_SHA256 = "slide_sha256";
    static final String SOFTWARE_VERSION = "software_version";
    static final String MODEL_SHA256 = "model_sha256";
    static final String MIN_TISSUE_FRACTION = "min_tissue_fraction";
    static final String SKIPPED_TILES = "skipped_tiles";

    /** Bags larger than this many values are refused before they are read. */
    private final long maxValues;

    /** Bags of up to 2^31 - 1 feature values (8 GiB as float32), the most one Java array holds. */
    public FeatureBags() {
        this(Integer.MAX_VALUE - 8);
    }

    public FeatureBags(long maxValues) {
        if (maxValues < 1 || maxValues > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max values must be 1.." + (Integer.MAX_VALUE - 8) + ": " + maxValues);
        }
        this.maxValues = maxValues;
    }

    /** Writes {@code bag} to {@code file}, replacing it if it exists. */
    public void write(FeatureBag bag, Path file) throws IOException {
        AtomicFile.writeFile(file, temporary -> {
            try (WritableHdfFile hdf = HdfFile.write(temporary)) {
                hdf.putDataset(FEATURES, Float32Rows.split(bag.features(), bag.count(), bag.dimension()));
                WritableDataset coords = hdf.putDataset(COORDS, coordinates(bag));
                coords.putAttribute("patch_size", (long) bag.provenance().tileSizePx());
                coords.putAttribute("patch_level", 0L);
                BagProvenance provenance = bag.provenance();
                hdf.putAttribute(ENCODER, provenance.encoder());
                hdf.putAttribute(TILE_SIZE_PX, (long) provenance.tileSizePx());
                provenance.targetMpp().ifPresent(mpp -> hdf.putAttribute(TARGET_MPP, mpp));
                hdf.putAttribute(SLIDE_SHA256, provenance.slideSha256());
                hdf.putAttribute(SOFTWARE_VERSION, provenance.softwareVersion());
                provenance.modelSha256().ifPresent(hash -> hdf.putAttribute(MODEL_SHA256, hash));
                provenance.minTissueFraction().ifPresent(fraction -> hdf.putAttribute(MIN_TISSUE_FRACTION, fraction));
                provenance.skippedTiles().ifPresent(skipped -> hdf.putAttribute(SKIPPED_TILES, skipped));
            } catch (HdfException e) {
                throw new IOException("cannot write feature bag " + file + ": " + e.getMessage(), e);
            }
        });
    }

    private static long[][] coordinates(FeatureBag bag) {
        long[][] rows = new long[bag.count()][];
        for (int i = 0; i < bag.count(); i++) {
            rows[i] = new long[] {bag.x(i), bag.y(i)};
        }
        return rows;
    }

    /**
     * Reads a bag written by Precis, or by another tool in the same layout with the same
     * attributes.
     *
     * @throws IllegalArgumentException if the file is not such a bag (the message names the file)
     */
    public FeatureBag read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("feature bag not found: " + file);
        }
        try (HdfFile hdf = new HdfFile(file)) {
            RootFields root = fields(hdf, file);
            Dataset features = root.dataset(FEATURES);
            Dataset coords = root.dataset(COORDS);
            long[] featureShape = features.getDimensionsAsLong();
            long[] coordShape = coords.getDimensionsAsLong();
            if (featureShape.length != 2 || featureShape[1] < 1) {
                throw bad(file, "'features' must be [N, D], is " + Arrays.toString(featureShape));
            }
            if (coordShape.length != 2 || coordShape[1] != 2 || coordShape[0] != featureShape[0]) {
                throw bad(
                        file,
                        "'coords' must be [N, 2] with N = " + featureShape[0] + ", is " + Arrays.toString(coordShape));
            }
            if (featureShape[0] * featureShape[1] > maxValues) {
                throw bad(
                        file,
                        "'features' " + Arrays.toString(featureShape) + " holds more than " + maxValues + " values");
            }
            int count = (int) featureShape[0];
            int dimension = (int) featureShape[1];
            float[] values = root.float32Rows(features, count, dimension);
            return new FeatureBag(count, dimension, values, flatCoords(coords, count, file), provenance(root, file));
        } catch (NotAFeatureBag e) {
            throw e;
        } catch (RuntimeException e) {
            // jhdf raises many unchecked exceptions on damaged files (found by fuzzing): all mean the same.
            throw new IOException("cannot read feature bag " + file + ": " + HdfDamage.describe(e), e);
        } catch (OutOfMemoryError e) {
            throw declaresTooMuch(file, e);
        }
    }

    /**
     * The provenance of a bag, after checking its datasets' shapes but without reading its
     * values: enough to tell whether an existing bag can be kept.
     *
     * @throws IllegalArgumentException if the file is not a feature bag (the message names it)
     */
    public BagProvenance readProvenance(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("feature bag not found: " + file);
        }
        try (HdfFile hdf = new HdfFile(file)) {
            RootFields root = fields(hdf, file);
            long[] featureShape = root.dataset(FEATURES).getDimensionsAsLong();
            long[] coordShape = root.dataset(COORDS).getDimensionsAsLong();
            if (featureShape.length != 2
                    || featureShape[0] < 1
                    || featureShape[1] < 1
                    || coordShape.length != 2
                    || coordShape[0] != featureShape[0]
                    || coordShape[1] != 2) {
                throw bad(
                        file,
                        "'features' " + Arrays.toString(featureShape) + " and 'coords' " + Arrays.toString(coordShape)
                                + " are not [N, D] and [N, 2]");
            }
            return provenance(root, file);
        } catch (NotAFeatureBag e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("cannot read feature bag " + file + ": " + HdfDamage.describe(e), e);
        } catch (OutOfMemoryError e) {
            throw declaresTooMuch(file, e);
        }
    }

    private static long[] flatCoords(Dataset coords, int count, Path file) {
        Object data = coords.getData();
        long[] flat = new long[2 * count];
        if (data instanceof long[][] rows) {
            for (int i = 0; i < count; i++) {
                flat[2 * i] = rows[i][0];
                flat[2 * i + 1] = rows[i][1];
            }
        } else if (data instanceof int[][] rows) {
            for (int i = 0; i < count; i++) {
                flat[2 * i] = rows[i][0];
                flat[2 * i + 1] = rows[i][1];
            }
        } else {
            throw bad(file, "'coords' must be integers, is " + coords.getJavaType());
        }
        return flat;
    }

    private static BagProvenance provenance(RootFields root, Path file) {
        try {
            Optional<Double> mpp =
                    root.hasAttribute(TARGET_MPP) ? Optional.of(root.number(TARGET_MPP)) : Optional.empty();
            Optional<Double> minTissue = root.hasAttribute(MIN_TISSUE_FRACTION)
                    ? Optional.of(root.number(MIN_TISSUE_FRACTION))
                    : Optional.empty();
            Optional<String> modelSha256 =
                    root.hasAttribute(MODEL_SHA256) ? Optional.of(root.text(MODEL_SHA256)) : Optional.empty();
            Optional<Long> skipped = root.hasAttribute(SKIPPED_TILES)
                    ? Optional.of(root.integer(SKIPPED_TILES, 0, Long.MAX_VALUE))
                    : Optional.empty();
            return new BagProvenance(
                    root.text(ENCODER),
                    modelSha256,
                    (int) root.integer(TILE_SIZE_PX, 1, Integer.MAX_VALUE),
                    mpp,
                    minTissue,
                    root.text(SLIDE_SHA256),
                    root.text(SOFTWARE_VERSION),
                    skipped);
        } catch (NotAFeatureBag e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw bad(file, e.getMessage());
        }
    }

    private static RootFields fields(HdfFile hdf, Path file) {
        return new RootFields(hdf, problem -> bad(file, problem));
    }

    /**
     * jhdf allocates a buffer of the size a structure declares before checking it against the
     * file's length (found by fuzzing: a 3.5 kB file declaring a gigabyte object header). The one
     * refused allocation leaves the heap as it was, so the file is reported as damaged.
     */
    private static IOException declaresTooMuch(Path file, OutOfMemoryError e) {
        return new IOException(
                "cannot read feature bag " + file + ": damaged HDF5, it declares a structure larger" + " than memory",
                e);
    }

    private static NotAFeatureBag bad(Path file, String problem) {
        return new NotAFeatureBag("not a feature bag: " + file + ": " + problem);
    }

    /** A readable HDF5 file that is not a bag; kept apart from jhdf's own unchecked exceptions. */
    private static final class NotAFeatureBag extends IllegalArgumentException {
        NotAFeatureBag(String message) {
            super(message);
        }
    }
}
