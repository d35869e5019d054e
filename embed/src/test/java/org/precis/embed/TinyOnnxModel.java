package org.precis.embed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tiny ONNX model by hand (the protobuf bytes of onnx.proto), so that tests can check the
 * input tensor against an exact answer and check a model that states its input size. The model
 * takes float {@code pixels} and gives {@code means} [N, 3], the mean of each input channel
 * (GlobalAveragePool, then Flatten), after a Transpose to NCHW when the input is NHWC.
 */
public final class TinyOnnxModel {

    private TinyOnnxModel() {}

    /** {@code side} &lt;= 0 leaves height and width symbolic. */
    public static Path write(Path file, TensorLayout layout, int side) throws IOException {
        Proto graph = new Proto();
        String pooled = "pixels";
        if (layout == TensorLayout.NHWC) {
            Proto transpose = node("Transpose", "pixels", "nchw");
            Proto perm = new Proto().string(1, "perm").varint(20, 7);
            for (int axis : new int[] {0, 3, 1, 2}) {
                perm.varint(8, axis);
            }
            transpose.message(5, perm);
            graph.message(1, transpose);
            pooled = "nchw";
        }
        graph.message(1, node("GlobalAveragePool", pooled, "pooled"));
        graph.message(1, node("Flatten", "pooled", "means"));
        graph.string(2, "channel_means");
        Proto[] inputDims = layout == TensorLayout.NCHW
                ? new Proto[] {param("N"), value(3), dim(side, "H"), dim(side, "W")}
                : new Proto[] {param("N"), dim(side, "H"), dim(side, "W"), value(3)};
        graph.message(11, valueInfo("pixels", inputDims));
        graph.message(12, valueInfo("means", param("N"), value(3)));
        Proto model = new Proto()
                .varint(1, 8)
                .string(2, "precis-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13));
        Files.write(file, model.bytes());
        return file;
    }

    private static Proto node(String op, String input, String output) {
        return new Proto()
                .string(1, input)
                .string(2, output)
                .string(3, op.toLowerCase())
                .string(4, op);
    }

    private static Proto valueInfo(String name, Proto... dims) {
        Proto shape = new Proto();
        for (Proto dim : dims) {
            shape.message(1, dim);
        }
        Proto tensor = new Proto().varint(1, 1).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
    }

    private static Proto dim(int side, String name) {
        return side > 0 ? value(side) : param(name);
    }

    private static Proto value(long size) {
        return new Proto().varint(1, size);
    }

    private static Proto param(String name) {
        return new Proto().string(2, name);
    }

    /** A protobuf message being written: tag, then value, field by field. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return bytes(field, message.bytes());
        }

        private Proto bytes(int field, byte[] value) {
            writeVarint((long) field << 3 | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            long rest = value;
            while ((rest & ~0x7fL) != 0) {
                out.write((int) (rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            out.write((int) rest);
        }
    }
}
