package org.precis.slide.codec;

import com.sun.jna.Callback;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;

/**
 * JPEG 2000 through OpenJPEG 2.x. The codestream is fed from memory through stream callbacks;
 * the decoded components (signed or unsigned, any precision up to 16 bits, subsampled or not)
 * are scaled to 8 bits and, for {@link Components#YCBCR}, converted to RGB.
 */
final class OpenJpegDecoder implements Jpeg2000Decoder {

    private static final int CODEC_J2K = 0;
    private static final int CODEC_JP2 = 2;
    /** sizeof(opj_dparameters_t) is about 8.3 KB in 2.x; the struct is filled by the library. */
    private static final int DPARAMETERS_BYTES = 16384;

    private static final int DPARAMETERS_CP_REDUCE = 0;
    /** Offsets in opj_image_t and opj_image_comp_t (OpenJPEG 2.x, LP64). */
    private static final int IMAGE_X0 = 0;

    private static final int IMAGE_NUMCOMPS = 16;
    private static final int IMAGE_COMPS = 24;
    private static final int COMP_SIZE = 64;
    private static final int COMP_DX = 0;
    private static final int COMP_DY = 4;
    private static final int COMP_W = 8;
    private static final int COMP_H = 12;
    private static final int COMP_PREC = 24;
    private static final int COMP_SGND = 32;
    private static final int COMP_DATA = 48;

    private final OpenJpeg library;
    private final long maxPixels;

    private OpenJpegDecoder(OpenJpeg library, long maxPixels) {
        this.library = library;
        this.maxPixels = maxPixels;
    }

    static OpenJpegDecoder load(long maxPixels) {
        var nativeLibrary = NativeLibraries.load("openjp2", "libopenjp2.so.7");
        return new OpenJpegDecoder(
                Native.load(nativeLibrary.getFile().getAbsolutePath(), OpenJpeg.class, Map.of()), maxPixels);
    }

    @Override
    public String implementation() {
        return "openjpeg " + library.opj_version();
    }

    @Override
    public RgbImage decode(byte[] data, int length, Components components) throws CodecException {
        return decode(data, length, components, 0);
    }

    @Override
    public RgbImage decode(byte[] data, int length, Components components, int reduction) throws CodecException {
        if (reduction < 0) {
            throw new IllegalArgumentException("reduction must be >= 0: " + reduction);
        }
        boolean jp2 = length > 12 && data[4] == 'j' && data[5] == 'P' && data[6] == ' ' && data[7] == ' ';
        MemoryStream stream = new MemoryStream(data, length);
        List<String> problems = new ArrayList<>();
        MessageHandler collect = (message, user) -> problems.add(message.trim());
        Pointer codec = library.opj_create_decompress(jp2 ? CODEC_JP2 : CODEC_J2K);
        Pointer opjStream = library.opj_stream_create(1 << 16, 1);
        PointerByReference imageRef = new PointerByReference();
        try {
            library.opj_set_error_handler(codec, collect, null);
            library.opj_set_warning_handler(codec, collect, null);
            Memory parameters = new Memory(DPARAMETERS_BYTES);
            parameters.clear();
            library.opj_set_default_decoder_parameters(parameters);
            // cp_reduce, the first field of opj_dparameters_t: resolutions to leave out.
            parameters.setInt(DPARAMETERS_CP_REDUCE, reduction);
            if (library.opj_setup_decoder(codec, parameters) == 0) {
                throw new CodecException("JPEG 2000: decoder setup failed " + problems);
            }
            library.opj_stream_set_read_function(opjStream, stream.read);
            library.opj_stream_set_skip_function(opjStream, stream.skip);
            library.opj_stream_set_seek_function(opjStream, stream.seek);
            library.opj_stream_set_user_data_length(opjStream, length);
            if (library.opj_read_header(opjStream, codec, imageRef) == 0) {
                throw new CodecException("JPEG 2000 header: " + describe(problems));
            }
            Pointer image = imageRef.getValue();
            checkSize(image);
            if (library.opj_decode(codec, opjStream, image) == 0
                    || library.opj_end_decompress(codec, opjStream) == 0
                    || !problems.isEmpty()) {
                throw new CodecException("JPEG 2000 data: " + describe(problems));
            }
            return toRgb(image, components);
        } finally {
            if (imageRef.getValue() != null) {
                library.opj_image_destroy(imageRef.getValue());
            }
            library.opj_stream_destroy(opjStream);
            library.opj_destroy_codec(codec);
            stream.keepAlive();
        }
    }

    @Override
    public void close() {
        // every decode releases its own codec and stream
    }

    private static String describe(List<String> problems) {
        return problems.isEmpty() ? "damaged codestream" : String.join("; ", problems);
    }

    private void checkSize(Pointer image) throws CodecException {
        long width =
                Integer.toUnsignedLong(image.getInt(IMAGE_X0 + 8)) - Integer.toUnsignedLong(image.getInt(IMAGE_X0));
        long height = Integer.toUnsignedLong(image.getInt(IMAGE_X0 + 12))
                - Integer.toUnsignedLong(image.getInt(IMAGE_X0 + 4));
        if (width <= 0 || height <= 0 || width * height > maxPixels) {
            throw new CodecException("JPEG 2000 image of " + width + "x" + height + " pixels is outside the limit of "
                    + maxPixels + " pixels");
        }
    }

    private static RgbImage toRgb(Pointer image, Components components) throws CodecException {
        int count = image.getInt(IMAGE_NUMCOMPS);
        if (count != 3 && count != 1 && count != 4) {
            throw new CodecException("JPEG 2000 with " + count + " components is not supported");
        }
        Pointer comps = image.getPointer(IMAGE_COMPS);
        int width = comps.getInt(COMP_W);
        int height = comps.getInt(COMP_H);
        int[][] planes = new int[Math.min(count, 3)][];
        for (int c = 0; c < planes.length; c++) {
            planes[c] = component(comps.share((long) c * COMP_SIZE), width, height);
        }
        byte[] rgb = new byte[3 * width * height];
        int n = width * height;
        if (planes.length == 1) {
            int[] grey = planes[0];
            for (int i = 0; i < n; i++) {
                byte value = (byte) grey[i];
                rgb[3 * i] = value;
                rgb[3 * i + 1] = value;
                rgb[3 * i + 2] = value;
            }
        } else if (components == Components.YCBCR) {
            YCbCr.toRgb(planes[0], planes[1], planes[2], n, rgb);
        } else {
            int[] red = planes[0];
            int[] green = planes[1];
            int[] blue = planes[2];
            for (int i = 0; i < n; i++) {
                rgb[3 * i] = (byte) red[i];
                rgb[3 * i + 1] = (byte) green[i];
                rgb[3 * i + 2] = (byte) blue[i];
            }
        }
        return new RgbImage(width, height, rgb);
    }

    /** One component at full size, 8-bit, chroma subsampling undone by repetition. */
    private static int[] component(Pointer comp, int width, int height) throws CodecException {
        int dx = comp.getInt(COMP_DX);
        int dy = comp.getInt(COMP_DY);
        int w = comp.getInt(COMP_W);
        int h = comp.getInt(COMP_H);
        int precision = comp.getInt(COMP_PREC);
        boolean signed = comp.getInt(COMP_SGND) != 0;
        Pointer data = comp.getPointer(COMP_DATA);
        if (data == null
                || dx <= 0
                || dy <= 0
                || precision <= 0
                || precision > 16
                || w <= 0
                || h <= 0
                || (long) w * dx < width
                || (long) h * dy < height) {
            throw new CodecException("JPEG 2000 component of " + w + "x" + h + " (subsampling " + dx + "x" + dy + ", "
                    + precision + " bits) does not fit the image");
        }
        int[] raw = data.getIntArray(0, w * h);
        int offset = signed ? 1 << (precision - 1) : 0;
        int shift = Math.max(0, precision - 8);
        if (dx == 1 && dy == 1 && w == width) {
            // The usual case: the decoded samples are the plane, scaled in place.
            for (int i = 0, n = width * height; i < n; i++) {
                int value = (raw[i] + offset) >> shift;
                raw[i] = value < 0 ? 0 : Math.min(255, value);
            }
            return raw;
        }
        int[] plane = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = (y / dy) * w;
            for (int x = 0; x < width; x++) {
                int value = (raw[row + x / dx] + offset) >> shift;
                plane[y * width + x] = Math.max(0, Math.min(255, value));
            }
        }
        return plane;
    }

    /** Feeds a codestream held in a Java array to OpenJPEG. */
    private static final class MemoryStream {
        private final byte[] source;
        private final long length;
        private long position;
        final ReadFunction read;
        final SkipFunction skip;
        final SeekFunction seek;

        MemoryStream(byte[] source, long length) {
            this.source = source;
            this.length = length;
            this.read = (buffer, bytes, user) -> {
                long available = length - position;
                if (available <= 0) {
                    return -1;
                }
                long n = Math.min(bytes, available);
                buffer.write(0, source, (int) position, (int) n);
                position += n;
                return n;
            };
            this.skip = (bytes, user) -> {
                long target = Math.max(0, Math.min(length, position + bytes));
                long skipped = target - position;
                position = target;
                return skipped;
            };
            this.seek = (offset, user) -> {
                if (offset < 0 || offset > length) {
                    return 0;
                }
                position = offset;
                return 1;
            };
        }

        /** Keeps the callbacks reachable until decoding is over (JNA frees unreachable ones). */
        void keepAlive() {
            java.lang.ref.Reference.reachabilityFence(this);
        }
    }

    interface ReadFunction extends Callback {
        long invoke(Pointer buffer, long bytes, Pointer user);
    }

    interface SkipFunction extends Callback {
        long invoke(long bytes, Pointer user);
    }

    interface SeekFunction extends Callback {
        int invoke(long offset, Pointer user);
    }

    interface MessageHandler extends Callback {
        void invoke(String message, Pointer user);
    }

    /** The OpenJPEG 2.x functions used here. */
    interface OpenJpeg extends com.sun.jna.Library {
        String opj_version();

        Pointer opj_create_decompress(int format);

        void opj_destroy_codec(Pointer codec);

        void opj_set_default_decoder_parameters(Pointer parameters);

        int opj_setup_decoder(Pointer codec, Pointer parameters);

        int opj_set_error_handler(Pointer codec, MessageHandler handler, Pointer user);

        int opj_set_warning_handler(Pointer codec, MessageHandler handler, Pointer user);

        Pointer opj_stream_create(long bufferSize, int isInput);

        void opj_stream_destroy(Pointer stream);

        void opj_stream_set_read_function(Pointer stream, ReadFunction function);

        void opj_stream_set_skip_function(Pointer stream, SkipFunction function);

        void opj_stream_set_seek_function(Pointer stream, SeekFunction function);

        void opj_stream_set_user_data_length(Pointer stream, long length);

        int opj_read_header(Pointer stream, Pointer codec, PointerByReference image);

        int opj_decode(Pointer codec, Pointer stream, Pointer image);

        int opj_end_decompress(Pointer codec, Pointer stream);

        void opj_image_destroy(Pointer image);
    }
}
