package org.precis.embed.hdf5;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.lang.reflect.Array;
import java.util.Objects;
import java.util.function.Function;

/**
 * The root group of an HDF5 file as typed fields. A missing or mistyped field is raised through
 * {@code problem}, which turns a description ("no dataset 'features'") into the reader's own
 * exception naming the file.
 */
public final class RootFields {

    private final Group root;
    private final Function<String, ? extends RuntimeException> problem;

    public RootFields(Group root, Function<String, ? extends RuntimeException> problem) {
        this.root = Objects.requireNonNull(root, "root");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Whether the root has a child (dataset or group) called {@code name}. */
    public boolean hasChild(String name) {
        return root.getChild(name) != null;
    }

    public boolean hasAttribute(String name) {
        return root.getAttribute(name) != null;
    }

    /** The dataset {@code name} at the root. */
    public Dataset dataset(String name) {
        Node node = root.getChild(name);
        if (!(node instanceof Dataset dataset)) {
            throw problem.apply("no dataset '" + name + "'");
        }
        return dataset;
    }

    /** A float32 [count, dimension] dataset, row after row in one array. */
    public float[] float32Rows(Dataset dataset, int count, int dimension) {
        if (dataset.getJavaType() != float.class) {
            throw problem.apply("'" + dataset.getName() + "' must be float32, is " + dataset.getJavaType());
        }
        return Float32Rows.join((float[][]) dataset.getData(), count, dimension);
    }

    /** A string attribute. */
    public String text(String name) {
        if (!(scalar(name) instanceof String text)) {
            throw problem.apply("attribute '" + name + "' must be a string");
        }
        return text;
    }

    /** An integer attribute in {@code [minimum, maximum]}. */
    public long integer(String name, long minimum, long maximum) {
        Object value = scalar(name);
        if (!(value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte)) {
            throw problem.apply("attribute '" + name + "' must be an integer");
        }
        long number = ((Number) value).longValue();
        if (number < minimum || number > maximum) {
            throw problem.apply("attribute '" + name + "' out of range " + minimum + ".." + maximum + ": " + number);
        }
        return number;
    }

    /** A numeric attribute. */
    public double number(String name) {
        if (!(scalar(name) instanceof Number number)) {
            throw problem.apply("attribute '" + name + "' must be a number");
        }
        return number.doubleValue();
    }

    /** A scalar attribute; writers may store it as a one-element array. */
    private Object scalar(String name) {
        Attribute attribute = root.getAttribute(name);
        if (attribute == null) {
            throw problem.apply("attribute '" + name + "' is missing");
        }
        Object value = attribute.getData();
        if (value != null && value.getClass().isArray() && Array.getLength(value) == 1) {
            return Array.get(value, 0);
        }
        return value;
    }
}
