package org.precis.embed.patches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.precis.embed.hdf5.Float32Rows;
import org.precis.embed.hdf5.HdfDamage;
import org.precis.embed.hdf5.RootFields;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * Reads and writes patch sets as HDF5: dataset {@code features} float32 [N, D] and
 * {@code class_index} int32 [N] at the root; attributes {@code file_names} and
 * {@code class_names} (JSON arrays of strings), {@code recipe} (the {@link PatchRecipes} JSON),
 * {@code data_sha256} and {@code software_version}; optionally {@code view_features} float32
 * [N, V, D], each view's vector before the views were averaged (sets without it stay readable). Names go in JSON attributes because jhdf 0.13
 * writes no variable-length string datasets; h5py reads them as bytes ({@code json.loads}).
 *
 * <p>A set is written to a temporary file in the target's folder and renamed when complete.
 */
public final class PatchSets {

    /** A patch set's file name inside the folder {@code precis embed --patches} writes. */
    public static final String FILE_NAME = "patches.h5";

    static final String FEATURES = "features";
    static final String VIEW_FEATURES = "view_features";
    static final String CLASS_INDEX = "class_index";
    static final String FILE_NAMES = "file_names";
    static final String CLASS_NAMES = "class_names";
    static final String RECIPE = "recipe";
    static final String DATA_SHA256 = "data_sha256";
    static final String SOFTWARE_VERSION = "software_version";

    /** Sets larger than this many feature values are refused before they are read. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    private final ObjectMapper mapper = JsonMappers.compact();
    private final PatchRecipes recipes = new PatchRecipes();

    /** Writes {@code set} to {@code file}, replacing it if it exists. */
    public void write(PatchSet set, Path file) throws IOException {
        AtomicFile.writeFile(file, temporary -> {
            try (WritableHdfFile hdf = HdfFile.write(temporary)) {
                hdf.putDataset(FEATURES, Float32Rows.split(set.features(), set.count(), set.dimension()));
                if (set.hasViewFeatures()) {
                    float[][][] views = new float[set.count()][set.viewCount()][];
                    for (int i = 0; i < set.count(); i++) {
                        for (int v = 0; v < set.viewCount(); v++) {
                            int offset = (i * set.viewCount() + v) * set.dimension();
                            views[i][v] = Arrays.copyOfRange(set.viewFeatures(), offset, offset + set.dimension());
                        }
                    }
                    hdf.putDataset(VIEW_FEATURES, views);
                }
                hdf.putDataset(CLASS_INDEX, set.classIndex().clone());
                hdf.putAttribute(FILE_NAMES, mapper.writeValueAsString(set.fileNames()));
                hdf.putAttribute(CLASS_NAMES, mapper.writeValueAsString(set.classNames()));
                hdf.putAttribute(RECIPE, recipes.toText(set.recipe()));
                hdf.putAttribute(DATA_SHA256, set.dataSha256());
                hdf.putAttribute(SOFTWARE_VERSION, set.softwareVersion());
            } catch (HdfException e) {
                throw new IOException("cannot write patch set " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Reads patch sets given as folders (holding {@value #FILE_NAME}) or files, in order.
     *
     * @throws PatchInputException naming a location that holds no patch set
     */
    public List<PatchSet> readAll(List<Path> locations) throws IOException {
        List<PatchSet> sets = new ArrayList<>();
        for (Path location : locations) {
            Path file = Files.isDirectory(location) ? location.resolve(FILE_NAME) : location;
            if (!Files.isRegularFile(file)) {
                throw new PatchInputException(
                        location, "no patch set there (expected a folder holding " + FILE_NAME + " or an .h5 file)");
            }
            sets.add(read(file));
        }
        return sets;
    }

    /**
     * Reads a patch set.
     *
     * @throws PatchInputException if the file is not a patch set or cannot be read as HDF5 (the
     *     message names it)
     */
    public PatchSet read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PatchInputException(file, "patch set not found");
        }
        try (HdfFile hdf = new HdfFile(file)) {
            RootFields root = new RootFields(hdf, PatchSets::bad);
            Dataset features = root.dataset(FEATURES);
            Dataset classes = root.dataset(CLASS_INDEX);
            long[] shape = features.getDimensionsAsLong();
            if (shape.length != 2 || shape[0] < 1 || shape[1] < 1) {
                throw bad("'features' must be [N, D], is " + Arrays.toString(shape));
            }
            if (shape[0] * shape[1] > MAX_VALUES) {
                throw bad("'features' " + Arrays.toString(shape) + " is too large");
            }
            if (!Arrays.equals(classes.getDimensionsAsLong(), new long[] {shape[0]})
                    || classes.getJavaType() != int.class) {
                throw bad("'class_index' must be int32 [" + shape[0] + "]");
            }
            int count = (int) shape[0];
            int dimension = (int) shape[1];
            float[] values = root.float32Rows(features, count, dimension);
            int[] classIndex = (int[]) classes.getData();
            int viewCount = 0;
            float[] viewValues = new float[0];
            if (root.hasChild(VIEW_FEATURES)) {
                Dataset views = root.dataset(VIEW_FEATURES);
                long[] viewShape = views.getDimensionsAsLong();
                if (viewShape.length != 3
                        || viewShape[0] != count
                        || viewShape[1] < 1
                        || viewShape[2] != dimension
                        || views.getJavaType() != float.class) {
                    throw bad("'view_features' must be float32 [" + count + ", V, " + dimension + "], is "
                            + Arrays.toString(viewShape));
                }
                if (viewShape[0] * viewShape[1] * viewShape[2] > MAX_VALUES) {
                    throw bad("'view_features' " + Arrays.toString(viewShape) + " is too large");
                }
                viewCount = (int) viewShape[1];
                viewValues = new float[count * viewCount * dimension];
                float[][][] cube = (float[][][]) views.getData();
                for (int i = 0; i < count; i++) {
                    for (int v = 0; v < viewCount; v++) {
                        System.arraycopy(cube[i][v], 0, viewValues, (i * viewCount + v) * dimension, dimension);
                    }
                }
            }
            try {
                return new PatchSet(
                        count,
                        dimension,
                        values,
                        strings(root, FILE_NAMES),
                        classIndex,
                        strings(root, CLASS_NAMES),
                        recipes.fromText(root.text(RECIPE), "attribute 'recipe'"),
                        root.text(DATA_SHA256),
                        root.text(SOFTWARE_VERSION),
                        viewCount,
                        viewValues);
            } catch (NotAPatchSet e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        } catch (NotAPatchSet e) {
            throw new PatchInputException(file, e.getMessage(), e);
        } catch (RuntimeException e) {
            // jhdf raises many unchecked exceptions on damaged files: all mean the same.
            throw new PatchInputException(file, HdfDamage.describe(e), e);
        } catch (OutOfMemoryError e) {
            // jhdf allocates the size a structure declares before checking it against the file's
            // length (found by fuzzing the feature-bag reader); the one refused allocation leaves
            // the heap as it was.
            throw new PatchInputException(file, "damaged HDF5: it declares a structure larger than memory", e);
        }
    }

    private List<String> strings(RootFields root, String name) {
        try {
            JsonNode array = mapper.readTree(root.text(name));
            if (array == null || !array.isArray()) {
                throw bad("attribute '" + name + "' must be a JSON array of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode element : array) {
                if (!element.isTextual()) {
                    throw bad("attribute '" + name + "' must be a JSON array of strings");
                }
                values.add(element.asText());
            }
            return values;
        } catch (JsonProcessingException e) {
            throw bad("attribute '" + name + "' is not valid JSON");
        }
    }

    private static NotAPatchSet bad(String problem) {
        return new NotAPatchSet("not a patch set: " + problem);
    }

    /** A readable HDF5 file that is not a patch set; kept apart from jhdf's own unchecked exceptions. */
    private static final class NotAPatchSet extends IllegalArgumentException {
        NotAPatchSet(String message) {
            super(message);
        }
    }
}
