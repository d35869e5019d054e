package org.precis.cells.nuclei.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.nuclei.classical.WatershedSplit;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;

/**
 * A learned nucleus detector: an ONNX model (see {@link NucleusModelDescriptor}) gives each
 * pixel a nucleus probability and a distance to the nucleus edge; pixels above the probability
 * threshold are the foreground, and {@link WatershedSplit} splits it at the saddles of the
 * distance and measures the nuclei (stain amounts by the standard Ruifrok–Johnston vectors). The
 * whole image is one input (the model is fully convolutional). ONNX Runtime sessions run
 * concurrently, so the detector is thread-safe; close it to free the session.
 */
public final class OnnxNucleusDetector implements NucleusDetector, AutoCloseable {

    /** The image's pixel size may differ from the model's by this fraction. */
    public static final double MPP_TOLERANCE = 0.05;

    private final NucleusModelDescriptor descriptor;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WatershedSplit split;
    private final String modelSha256;

    private OnnxNucleusDetector(
            NucleusModelDescriptor descriptor, OrtEnvironment environment, OrtSession session, String modelSha256) {
        this.descriptor = descriptor;
        this.environment = environment;
        this.session = session;
        this.modelSha256 = modelSha256;
        this.split =
                new WatershedSplit(descriptor.minSeedDistanceUm(), descriptor.minAreaUm2(), descriptor.maxAreaUm2());
    }

    /**
     * Loads the model and checks its inputs and outputs against the descriptor.
     *
     * @throws IllegalArgumentException when the model file is missing, cannot be loaded, or does
     *     not match the descriptor (one line naming the descriptor)
     */
    public static OnnxNucleusDetector open(OrtEnvironment environment, NucleusModelDescriptor descriptor, int threads)
            throws IOException {
        if (!Files.isRegularFile(descriptor.model())) {
            throw new IllegalArgumentException(descriptor.source() + ": model file not found: " + descriptor.model());
        }
        String sha256 = FileSha256.of(descriptor.model());
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            session = environment.createSession(descriptor.model().toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException(
                    descriptor.source() + ": ONNX Runtime cannot load " + descriptor.model() + ": " + e.getMessage(),
                    e);
        }
        try {
            String where = descriptor.source() + " does not match model " + descriptor.model() + ": ";
            long[] input = shape(session.getInputInfo(), descriptor.inputName(), "input", where);
            if (input.length != 4 || input[1] != 3 || input[2] > 0 || input[3] > 0) {
                throw new IllegalArgumentException(where + "input '" + descriptor.inputName() + "' has shape "
                        + Arrays.toString(input) + ", expected N x 3 x H x W with free H and W");
            }
            for (String output : List.of(descriptor.probabilityOutput(), descriptor.distanceOutput())) {
                long[] shape = shape(session.getOutputInfo(), output, "output", where);
                if (shape.length != 4 || shape[1] != 1) {
                    throw new IllegalArgumentException(where + "output '" + output + "' has shape "
                            + Arrays.toString(shape) + ", expected N x 1 x H x W");
                }
            }
        } catch (IllegalArgumentException | OrtException e) {
            try {
                session.close();
            } catch (OrtException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof OrtException) {
                throw new IllegalArgumentException(descriptor.source() + ": cannot inspect " + descriptor.model(), e);
            }
            throw (IllegalArgumentException) e;
        }
        return new OnnxNucleusDetector(descriptor, environment, session, sha256);
    }

    private static long[] shape(Map<String, NodeInfo> nodes, String name, String kind, String where) {
        NodeInfo node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException(
                    where + "no " + kind + " named '" + name + "'; the model's " + kind + "s are " + nodes.keySet());
        }
        if (!(node.getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(where + kind + " '" + name + "' is not a float32 tensor");
        }
        return info.getShape();
    }

    public NucleusModelDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<Nucleus> detect(RgbImage image, double mpp) {
        if (!(mpp > 0) || Math.abs(mpp / descriptor.mpp() - 1) > MPP_TOLERANCE) {
            throw new IllegalArgumentException(descriptor.source() + ": model " + descriptor.name() + " works at "
                    + descriptor.mpp() + " µm/px; read the image at that pixel size, not " + mpp);
        }
        int width = image.width();
        int height = image.height();
        float[][] planes = run(image);
        boolean[] foreground = new boolean[width * height];
        double[] distance = new double[width * height];
        for (int i = 0; i < foreground.length; i++) {
            foreground[i] = planes[0][i] > descriptor.probabilityThreshold();
            distance[i] = planes[1][i];
        }
        ColourDeconvolution deconvolution = ColourDeconvolution.haematoxylinEosinDab();
        boolean[] every = new boolean[width * height];
        Arrays.fill(every, true);
        double[][] stains = {
            deconvolution.amounts(image, every, Stain.HAEMATOXYLIN),
            deconvolution.amounts(image, every, Stain.EOSIN),
            deconvolution.amounts(image, every, Stain.DAB)
        };
        return split.nuclei(foreground, distance, stains, width, height, mpp);
    }

    /** The model's probability and distance planes for the image, row by row. */
    float[][] run(RgbImage image) {
        int width = image.width();
        int height = image.height();
        int pixels = width * height;
        float[] input = new float[3 * pixels];
        byte[] rgb = image.rgb();
        var normalisation = descriptor.normalisation();
        for (int c = 0; c < 3; c++) {
            float scale = (float) normalisation.scale();
            float mean = normalisation.mean().get(c).floatValue();
            float std = normalisation.std().get(c).floatValue();
            for (int p = 0; p < pixels; p++) {
                input[c * pixels + p] = ((rgb[3 * p + c] & 0xff) * scale - mean) / std;
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(input), new long[] {1, 3, height, width});
                OrtSession.Result result = session.run(Map.of(descriptor.inputName(), tensor))) {
            return new float[][] {
                plane(result, descriptor.probabilityOutput(), pixels),
                plane(result, descriptor.distanceOutput(), pixels)
            };
        } catch (OrtException e) {
            throw new IllegalStateException(
                    descriptor.source() + ": ONNX Runtime failed on a " + width + "x" + height + " image: "
                            + e.getMessage(),
                    e);
        }
    }

    private float[] plane(OrtSession.Result result, String name, int pixels) {
        Optional<ai.onnxruntime.OnnxValue> value = result.get(name);
        if (value.isEmpty() || !(value.get() instanceof OnnxTensor tensor)) {
            throw new IllegalStateException(descriptor.source() + ": model gave no tensor '" + name + "'");
        }
        FloatBuffer buffer = tensor.getFloatBuffer();
        if (buffer.remaining() != pixels) {
            throw new IllegalStateException(descriptor.source() + ": output '" + name + "' has " + buffer.remaining()
                    + " values for " + pixels + " pixels");
        }
        float[] out = new float[pixels];
        buffer.get(out);
        return out;
    }

    @Override
    public String name() {
        return descriptor.name();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", descriptor.model().getFileName().toString());
        map.put("modelSha256", modelSha256);
        map.put("mpp", descriptor.mpp());
        map.put("probabilityThreshold", descriptor.probabilityThreshold());
        map.put("minSeedDistanceUm", descriptor.minSeedDistanceUm());
        map.put("minAreaUm2", descriptor.minAreaUm2());
        map.put("maxAreaUm2", descriptor.maxAreaUm2());
        return map;
    }

    /** The radius of a disc of the largest area, doubled for elongated nuclei (as the classical detector). */
    @Override
    public double maxNucleusRadiusUm() {
        return 2 * Math.sqrt(descriptor.maxAreaUm2() / Math.PI);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(descriptor.source() + ": cannot close the ONNX session", e);
        }
    }
}
