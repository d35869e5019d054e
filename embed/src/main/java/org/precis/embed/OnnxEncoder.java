package org.precis.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.precis.slide.RgbImage;

/**
 * An {@link Encoder} that runs an ONNX model with ONNX Runtime. The environment is the caller's
 * (ONNX Runtime allows one per process, so the application owns it); the session is this
 * encoder's and is closed with it. Safe for concurrent use: ONNX Runtime sessions are.
 */
public final class OnnxEncoder implements Encoder {

    private final EncoderDescriptor descriptor;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final InputBatch inputs;
    private final int maxBatch;

    private OnnxEncoder(EncoderDescriptor descriptor, OrtEnvironment environment, OrtSession session, int maxBatch) {
        this.descriptor = descriptor;
        this.environment = environment;
        this.session = session;
        this.inputs = new InputBatch(descriptor);
        this.maxBatch = maxBatch;
    }

    /**
     * Loads the descriptor's model and checks that its input and output agree with the descriptor
     * before any tile is encoded.
     *
     * @throws IllegalArgumentException if the model file is missing or does not match the
     *     descriptor (the message names both files)
     * @throws EncoderException if ONNX Runtime cannot load the model
     */
    public static OnnxEncoder open(OrtEnvironment environment, EncoderDescriptor descriptor, OnnxEncoderOptions options)
            throws EncoderException {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(options, "options");
        if (!Files.isRegularFile(descriptor.model())) {
            throw new IllegalArgumentException(descriptor.source() + ": model file not found: " + descriptor.model());
        }
        OrtSession session;
        try (OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions()) {
            sessionOptions.setIntraOpNumThreads(options.intraOpThreads());
            sessionOptions.setInterOpNumThreads(1);
            if (options.idleThreads() == OnnxEncoderOptions.IdleThreads.SLEEP) {
                sessionOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
            }
            session = environment.createSession(descriptor.model().toString(), sessionOptions);
        } catch (OrtException e) {
            throw new EncoderException(
                    descriptor.source() + ": ONNX Runtime cannot load " + descriptor.model() + ": " + e.getMessage(),
                    e);
        }
        try {
            checkAgainstModel(descriptor, session);
        } catch (IllegalArgumentException | OrtException e) {
            closeQuietly(session, e);
            if (e instanceof OrtException) {
                throw new EncoderException(descriptor.source() + ": cannot inspect " + descriptor.model(), e);
            }
            throw (IllegalArgumentException) e;
        }
        return new OnnxEncoder(descriptor, environment, session, options.maxBatch());
    }

    private static void checkAgainstModel(EncoderDescriptor descriptor, OrtSession session) throws OrtException {
        String where = descriptor.source() + " does not match model " + descriptor.model() + ": ";
        TensorInfo input = tensor(session.getInputInfo(), descriptor.inputName(), "input", where);
        if (input.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(where + "input '" + descriptor.inputName() + "' is " + input.type
                    + ", only float32 inputs are supported");
        }
        long[] shape = input.getShape();
        long[] wanted = descriptor.layout().shape(1, descriptor.inputHeight(), descriptor.inputWidth());
        if (shape.length != 4) {
            throw new IllegalArgumentException(where + "input '" + descriptor.inputName() + "' has shape "
                    + Arrays.toString(shape) + ", expected 4 axes " + descriptor.layout());
        }
        for (int axis = 1; axis < 4; axis++) {
            if (shape[axis] > 0 && shape[axis] != wanted[axis]) {
                throw new IllegalArgumentException(where + "input '" + descriptor.inputName() + "' has shape "
                        + Arrays.toString(shape) + ", the descriptor says " + descriptor.layout() + " "
                        + Arrays.toString(wanted).replaceFirst("^\\[1,", "[N,") + " (input "
                        + descriptor.inputHeight() + "x" + descriptor.inputWidth() + ")");
            }
        }
        TensorInfo output = tensor(session.getOutputInfo(), descriptor.outputName(), "output", where);
        long[] outputShape = output.getShape();
        if (output.type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException(where + "output '" + descriptor.outputName() + "' is " + output.type
                    + ", only float32 outputs are supported");
        }
        long perTile = 1;
        for (int axis = 1; axis < outputShape.length; axis++) {
            perTile = outputShape[axis] > 0 && perTile > 0 ? perTile * outputShape[axis] : -1;
        }
        if (outputShape.length < 2 || perTile > 0 && perTile != descriptor.outputDimension()) {
            throw new IllegalArgumentException(where + "output '" + descriptor.outputName() + "' has shape "
                    + Arrays.toString(outputShape) + ", the descriptor says dimension "
                    + descriptor.outputDimension());
        }
    }

    private static TensorInfo tensor(Map<String, NodeInfo> nodes, String name, String kind, String where) {
        NodeInfo node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException(
                    where + "no " + kind + " named '" + name + "'; the model's " + kind + "s are " + nodes.keySet());
        }
        if (!(node.getInfo() instanceof TensorInfo info)) {
            throw new IllegalArgumentException(where + kind + " '" + name + "' is not a tensor");
        }
        return info;
    }

    private static void closeQuietly(OrtSession session, Exception pending) {
        try {
            session.close();
        } catch (OrtException e) {
            pending.addSuppressed(e);
        }
    }

    @Override
    public EncoderDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<float[]> embed(List<RgbImage> tiles) throws EncoderException {
        Objects.requireNonNull(tiles, "tiles");
        List<float[]> vectors = new ArrayList<>(tiles.size());
        for (int start = 0; start < tiles.size(); start += maxBatch) {
            List<RgbImage> batch = tiles.subList(start, Math.min(tiles.size(), start + maxBatch));
            vectors.addAll(run(inputs.values(batch), batch.size()));
        }
        return vectors;
    }

    @Override
    public void inputValues(RgbImage tile, float[] values, int offset) {
        Objects.requireNonNull(tile, "tile");
        int perTile = 3 * descriptor.inputHeight() * descriptor.inputWidth();
        Objects.checkFromIndexSize(offset, perTile, values.length);
        inputs.fill(tile, 0, values, offset);
    }

    /**
     * Runs the model on input values already in tensor order ({@code count} tiles of the input
     * size, normalised): the inference alone, for measuring it apart from decoding.
     */
    @Override
    public List<float[]> run(float[] values, int count) throws EncoderException {
        long[] shape = inputs.shape(count);
        if (count < 1
                || values.length
                        != Math.multiplyExact(count, 3L * descriptor.inputHeight() * descriptor.inputWidth())) {
            throw new IllegalArgumentException(
                    "expected " + count + " tiles of " + Arrays.toString(shape) + ", got " + values.length + " values");
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(values), shape);
                OrtSession.Result result =
                        session.run(Map.of(descriptor.inputName(), tensor), Set.of(descriptor.outputName()))) {
            OnnxValue value = result.get(descriptor.outputName()).orElseThrow();
            if (!(value instanceof OnnxTensor output)) {
                throw new EncoderException(
                        descriptor.name() + ": output '" + descriptor.outputName() + "' is not a tensor", null);
            }
            return split(output, count);
        } catch (OrtException e) {
            throw new EncoderException(
                    descriptor.name() + ": inference failed on " + count + " tiles: " + e.getMessage(), e);
        }
    }

    private List<float[]> split(OnnxTensor output, int count) throws EncoderException {
        long[] shape = output.getInfo().getShape();
        int dimension = descriptor.outputDimension();
        if (shape.length < 2 || shape[0] != count || output.getInfo().getNumElements() != (long) count * dimension) {
            throw new EncoderException(
                    descriptor.name() + ": output '" + descriptor.outputName() + "' has shape " + Arrays.toString(shape)
                            + ", expected [" + count + ", " + dimension + "]",
                    null);
        }
        FloatBuffer buffer = output.getFloatBuffer();
        List<float[]> vectors = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            float[] vector = new float[dimension];
            buffer.get(vector);
            vectors.add(vector);
        }
        return vectors;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(descriptor.name() + ": cannot free the ONNX session", e);
        }
    }
}
