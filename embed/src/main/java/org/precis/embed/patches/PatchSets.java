package org.precis.embed.patches;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    private final ObjectMapper mapper = new ObjectMapper();
    private final PatchRecipes recipes = new PatchRecipes();

    /** Writes {@code set} to {@code file}, replacing it if it exists. */
    public void write(PatchSet set, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (WritableHdfFile hdf = HdfFile.write(temporary)) {
                float[][] rows = new float[set.count()][];
                for (int i = 0; i < set.count(); i++) {
                    rows[i] = Arrays.copyOfRange(set.features(), i * set.dimension(), (i + 1) * set.dimension());
                }
                hdf.putDataset(FEATURES, rows);
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
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
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
            Dataset features = dataset(hdf, FEATURES, file);
            Dataset classes = dataset(hdf, CLASS_INDEX, file);
            long[] shape = features.getDimensionsAsLong();
            if (shape.length != 2 || shape[0] < 1 || shape[1] < 1) {
                throw bad(file, "'features' must be [N, D], is " + Arrays.toString(shape));
            }
            if (shape[0] * shape[1] > MAX_VALUES) {
                throw bad(file, "'features' " + Arrays.toString(shape) + " is too large");
            }
            if (features.getJavaType() != float.class) {
                throw bad(file, "'features' must be float32, is " + features.getJavaType());
            }
            if (!Arrays.equals(classes.getDimensionsAsLong(), new long[] {shape[0]})
                    || classes.getJavaType() != int.class) {
                throw bad(file, "'class_index' must be int32 [" + shape[0] + "]");
            }
            int count = (int) shape[0];
            int dimension = (int) shape[1];
            float[] values = new float[count * dimension];
            float[][] rows = (float[][]) features.getData();
            for (int i = 0; i < count; i++) {
                System.arraycopy(rows[i], 0, values, i * dimension, dimension);
            }
            int[] classIndex = (int[]) classes.getData();
            int viewCount = 0;
            float[] viewValues = new float[0];
            if (hdf.getChild(VIEW_FEATURES) != null) {
                Dataset views = dataset(hdf, VIEW_FEATURES, file);
                long[] viewShape = views.getDimensionsAsLong();
                if (viewShape.length != 3 || viewShape[0] != count || viewShape[1] < 1 || viewShape[2] != dimension
                        || views.getJavaType() != float.class) {
                    throw bad(file, "'view_features' must be float32 [" + count + ", V, " + dimension + "], is "
                            + Arrays.toString(viewShape));
                }
                if (viewShape[0] * viewShape[1] * viewShape[2] > MAX_VALUES) {
                    throw bad(file, "'view_features' " + Arrays.toString(viewShape) + " is too large");
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
                return new PatchSet(count, dimension, values, strings(hdf, FILE_NAMES, file), classIndex,
                        strings(hdf, CLASS_NAMES, file), recipes.fromText(text(hdf, RECIPE, file), "attribute 'recipe'"),
                        text(hdf, DATA_SHA256, file), text(hdf, SOFTWARE_VERSION, file), viewCount, viewValues);
            } catch (NotAPatchSet e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw bad(file, e.getMessage());
            }
        } catch (NotAPatchSet e) {
            throw new PatchInputException(file, e.getMessage(), e);
        } catch (RuntimeException e) {
            // jhdf raises many unchecked exceptions on damaged files: all mean the same.
            throw new PatchInputException(file, "damaged or unsupported HDF5: " + e, e);
        } catch (OutOfMemoryError e) {
            // jhdf allocates the size a structure declares before checking it against the file's
            // length (found by fuzzing the feature-bag reader); the one refused allocation leaves
            // the heap as it was.
            throw new PatchInputException(file, "damaged HDF5: it declares a structure larger than memory", e);
        }
    }

    private List<String> strings(Node node, String name, Path file) {
        try {
            JsonNode array = mapper.readTree(text(node, name, file));
            if (array == null || !array.isArray()) {
                throw bad(file, "attribute '" + name + "' must be a JSON array of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode element : array) {
                if (!element.isTextual()) {
                    throw bad(file, "attribute '" + name + "' must be a JSON array of strings");
                }
                values.add(element.asText());
            }
            return values;
        } catch (JsonProcessingException e) {
            throw bad(file, "attribute '" + name + "' is not valid JSON");
        }
    }

    private static Dataset dataset(HdfFile hdf, String name, Path file) {
        Node node = hdf.getChild(name);
        if (!(node instanceof Dataset dataset)) {
            throw bad(file, "no dataset '" + name + "'");
        }
        return dataset;
    }

    private static String text(Node node, String name, Path file) {
        Attribute attribute = node.getAttribute(name);
        if (attribute == null) {
            throw bad(file, "attribute '" + name + "' is missing");
        }
        Object value = attribute.getData();
        if (value != null && value.getClass().isArray() && Array.getLength(value) == 1) {
            value = Array.get(value, 0);
        }
        if (!(value instanceof String text)) {
            throw bad(file, "attribute '" + name + "' must be a string");
        }
        return text;
    }

    private static NotAPatchSet bad(Path file, String problem) {
        return new NotAPatchSet("not a patch set: " + problem);
    }

    /** A readable HDF5 file that is not a patch set; kept apart from jhdf's own unchecked exceptions. */
    private static final class NotAPatchSet extends IllegalArgumentException {
        NotAPatchSet(String message) {
            super(message);
        }
    }
}
