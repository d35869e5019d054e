package org.precis.slide.codec;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.precis.slide.RgbImage;

/**
 * JPEG through libjpeg-turbo's TurboJPEG API. Each decoding thread borrows a handle with its own
 * native buffers from a pool, so threads never share a handle and buffers are not reallocated
 * for every tile.
 */
final class TurboJpegDecoder implements JpegDecoder {

    private static final int FLAGS = TurboJpeg.TJFLAG_STOPONWARNING | TurboJpeg.TJFLAG_LIMITSCANS;

    private final long maxPixels;
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();

    private TurboJpegDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** Loads the system library; throws {@link UnsatisfiedLinkError} when it is not installed. */
    static TurboJpegDecoder load(long maxPixels) {
        TurboJpeg.bind();
        return new TurboJpegDecoder(maxPixels);
    }

    @Override
    public String implementation() {
        return "libjpeg-turbo";
    }

    @Override
    public RgbImage decode(byte[] jpeg, int length) throws CodecException {
        return decode(jpeg, length, 0);
    }

    /** libjpeg-turbo scales by any eighth; halving up to three times is what the readers need. */
    @Override
    public int maxReduction() {
        return 3;
    }

    @Override
    public RgbImage decode(byte[] jpeg, int length, int reduction) throws CodecException {
        if (reduction < 0 || reduction > maxReduction()) {
            throw new IllegalArgumentException("reduction must be 0.." + maxReduction() + ": " + reduction);
        }
        Worker worker = idle.pollFirst();
        if (worker == null) {
            worker = new Worker(TurboJpeg.tjInitDecompress());
            if (worker.handle == null) {
                throw new CodecException("libjpeg-turbo could not create a decompressor");
            }
        }
        try {
            return worker.decode(jpeg, length, reduction);
        } finally {
            idle.addFirst(worker);
        }
    }

    @Override
    public void close() {
        Worker worker;
        while ((worker = idle.pollFirst()) != null) {
            TurboJpeg.tjDestroy(worker.handle);
        }
    }

    private final class Worker {
        final Pointer handle;
        Memory input = new Memory(1 << 16);
        Memory output = new Memory(3L * 256 * 256);
        final IntByReference width = new IntByReference();
        final IntByReference height = new IntByReference();
        final IntByReference subsampling = new IntByReference();
        final IntByReference colourspace = new IntByReference();

        Worker(Pointer handle) {
            this.handle = handle;
        }

        RgbImage decode(byte[] jpeg, int length, int reduction) throws CodecException {
            if (input.size() < length) {
                input = new Memory(Math.max(length, 2 * input.size()));
            }
            input.write(0, jpeg, 0, length);
            NativeLong size = new NativeLong(length);
            if (TurboJpeg.tjDecompressHeader3(handle, input, size, width, height, subsampling, colourspace) != 0) {
                throw new CodecException("JPEG header: " + TurboJpeg.tjGetErrorStr2(handle));
            }
            int w = width.getValue();
            int h = height.getValue();
            if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
                throw new CodecException(
                        "JPEG of " + w + "x" + h + " pixels is outside the limit of " + maxPixels + " pixels");
            }
            // TurboJPEG picks the largest scaling factor that fits the size asked for: ceil(side / 2^r)
            // is exactly 1 / 2^r (its TJSCALED rounds up the same way).
            int factor = 1 << reduction;
            int scaledWidth = (w + factor - 1) / factor;
            int scaledHeight = (h + factor - 1) / factor;
            long bytes = 3L * scaledWidth * scaledHeight;
            if (output.size() < bytes) {
                output = new Memory(bytes);
            }
            if (TurboJpeg.tjDecompress2(
                            handle,
                            input,
                            size,
                            output,
                            scaledWidth,
                            3 * scaledWidth,
                            scaledHeight,
                            TurboJpeg.TJPF_RGB,
                            FLAGS)
                    != 0) {
                throw new CodecException("JPEG data: " + TurboJpeg.tjGetErrorStr2(handle));
            }
            byte[] rgb = new byte[(int) bytes];
            output.read(0, rgb, 0, rgb.length);
            return new RgbImage(scaledWidth, scaledHeight, rgb);
        }
    }
}
