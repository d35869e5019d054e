package org.precis.slide.codec;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.precis.slide.RgbImage;

/**
 * JPEG compression through libjpeg-turbo's TurboJPEG API, with the accurate DCT and 4:2:0
 * subsampling. Each encoding thread borrows a handle with its own native buffers from a pool,
 * as the decoder does.
 */
final class TurboJpegEncoder implements JpegEncoder {

    private static final int FLAGS = TurboJpeg.TJFLAG_NOREALLOC | TurboJpeg.TJFLAG_ACCURATEDCT;

    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();

    private TurboJpegEncoder() {}

    /** Loads the system library; throws {@link UnsatisfiedLinkError} when it is not installed. */
    static TurboJpegEncoder load() {
        TurboJpeg.bind();
        return new TurboJpegEncoder();
    }

    @Override
    public String implementation() {
        return "libjpeg-turbo";
    }

    @Override
    public byte[] encode(RgbImage image, int quality) throws CodecException {
        JpegEncoder.checkQuality(quality);
        Worker worker = idle.pollFirst();
        if (worker == null) {
            worker = new Worker(TurboJpeg.tjInitCompress());
            if (worker.handle == null) {
                throw new CodecException("libjpeg-turbo could not create a compressor");
            }
        }
        try {
            return worker.encode(image, quality);
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

    private static final class Worker {
        final Pointer handle;
        Memory input = new Memory(3L * 256 * 256);
        Memory output = new Memory(1 << 16);
        final PointerByReference outputReference = new PointerByReference();
        final NativeLongByReference outputSize = new NativeLongByReference();

        Worker(Pointer handle) {
            this.handle = handle;
        }

        byte[] encode(RgbImage image, int quality) throws CodecException {
            byte[] rgb = image.rgb();
            if (input.size() < rgb.length) {
                input = new Memory(Math.max(rgb.length, 2 * input.size()));
            }
            input.write(0, rgb, 0, rgb.length);
            long bound = TurboJpeg.tjBufSize(image.width(), image.height(), TurboJpeg.TJSAMP_420)
                    .longValue();
            if (bound <= 0) {
                throw new CodecException("libjpeg-turbo cannot size a JPEG of " + image.width() + "x" + image.height());
            }
            if (output.size() < bound) {
                output = new Memory(bound);
            }
            outputReference.setValue(output);
            outputSize.setValue(new NativeLong(output.size()));
            if (TurboJpeg.tjCompress2(
                            handle,
                            input,
                            image.width(),
                            3 * image.width(),
                            image.height(),
                            TurboJpeg.TJPF_RGB,
                            outputReference,
                            outputSize,
                            TurboJpeg.TJSAMP_420,
                            quality,
                            FLAGS)
                    != 0) {
                throw new CodecException("JPEG compression: " + TurboJpeg.tjGetErrorStr2(handle));
            }
            long length = outputSize.getValue().longValue();
            if (length <= 0 || length > output.size()) {
                throw new CodecException(
                        "libjpeg-turbo returned " + length + " bytes for a " + output.size() + "-byte buffer");
            }
            return output.getByteArray(0, (int) length);
        }
    }
}
