package org.precis.slide.dicom;

import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.TileLocation;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.codec.CodecException;
import org.precis.slide.codec.Codecs;
import org.precis.slide.codec.J2kCodingStyle;
import org.precis.slide.codec.Jpeg2000Decoder;
import org.precis.slide.codec.JpegStreams;
import org.precis.slide.spi.LevelTiles;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideFile;

/** One instance's total pixel matrix as a grid of frames, each decoded when asked for. */
final class DicomLevel implements LevelTiles {

    private final SlideFile file;
    private final WsiInstance instance;
    private final FrameTable frames;
    private final FrameGrid grid;
    private final Codecs codecs;
    private final int level;
    private final long maxTileBytes;
    /** The JPEG 2000 reduction, once the first frame's header has been read; -1 before. */
    private volatile int jpeg2000Reduction = -1;

    private DicomLevel(
            SlideFile file,
            WsiInstance instance,
            FrameTable frames,
            FrameGrid grid,
            Codecs codecs,
            int level,
            long maxTileBytes) {
        this.file = file;
        this.instance = instance;
        this.frames = frames;
        this.grid = grid;
        this.codecs = codecs;
        this.level = level;
        this.maxTileBytes = maxTileBytes;
    }

    /**
     * Lays out an instance read from {@code file}; {@code level} is its pyramid level, or -1 for
     * an associated image (it only names tiles in messages).
     */
    static DicomLevel of(SlideFile file, WsiInstance instance, Codecs codecs, int level, ReadLimits limits)
            throws SlideException {
        PixelDataLocation pixels = instance.header().pixelData().orElseThrow();
        FrameTable table;
        if (pixels.encapsulated()) {
            table = EncapsulatedFrames.walk(
                    file, instance.dataset(), pixels, instance.frames(), limits.maxArrayEntries());
        } else {
            table = nativeFrames(instance, pixels, limits);
        }
        if (table.frames() != instance.frames()) {
            throw new CorruptSlideException(
                    file.path(), "found " + table.frames() + " frames, Number of Frames says " + instance.frames());
        }
        return new DicomLevel(
                file, instance, table, FrameGrid.of(instance, limits), codecs, level, limits.maxTileBytes());
    }

    private static FrameTable nativeFrames(WsiInstance instance, PixelDataLocation pixels, ReadLimits limits)
            throws SlideException {
        long frameBytes = (long) instance.columns() * instance.rows() * instance.samplesPerPixel();
        if (frameBytes > limits.maxTileBytes()) {
            throw new SlideLimitException(
                    instance.path(),
                    "uncompressed frames of " + frameBytes + " bytes exceed the limit of " + limits.maxTileBytes());
        }
        if (frameBytes * instance.frames() > pixels.length()) {
            throw new CorruptSlideException(
                    instance.path(),
                    instance.frames() + " frames of " + frameBytes + " bytes need more than the " + pixels.length()
                            + " bytes of pixel data");
        }
        int count = instance.frames();
        long[] offsets = new long[count];
        int[] lengths = new int[count];
        int[] first = new int[count + 1];
        for (int i = 0; i < count; i++) {
            offsets[i] = pixels.offset() + i * frameBytes;
            lengths[i] = (int) frameBytes;
            first[i + 1] = i + 1;
        }
        return new FrameTable(offsets, lengths, first);
    }

    WsiInstance instance() {
        return instance;
    }

    @Override
    public long width() {
        return instance.totalColumns();
    }

    @Override
    public long height() {
        return instance.totalRows();
    }

    @Override
    public int tileWidth() {
        return instance.columns();
    }

    @Override
    public int tileHeight() {
        return instance.rows();
    }

    @Override
    public RgbImage decodeTile(long column, long row) throws SlideException {
        return decodeTile(column, row, 0);
    }

    /**
     * JPEG frames as far as the JPEG decoder scales; JPEG 2000 frames as far as their wavelet
     * goes (read from the first frame's header: an instance's frames are coded alike), both at
     * most 3 (1/8); native frames not at all.
     */
    @Override
    public int maxReduction() {
        return switch (instance.encoding()) {
            case JPEG -> Math.min(3, codecs.jpeg().maxReduction());
            case JPEG2000 -> jpeg2000Reduction();
            case NATIVE -> 0;
        };
    }

    private int jpeg2000Reduction() {
        int known = jpeg2000Reduction;
        if (known < 0) {
            known = 0;
            if (codecs.jpeg2000().isPresent() && frames.frames() > 0) {
                try {
                    byte[] first = frames.read(file, 0, maxTileBytes, new TileLocation(level, 0, 0));
                    known = J2kCodingStyle.reductions(first, first.length, 3);
                } catch (SlideException e) {
                    known = 0; // the frame's own read will report the damage
                }
            }
            jpeg2000Reduction = known;
        }
        return known;
    }

    @Override
    public RgbImage decodeTile(long column, long row, int reduction) throws SlideException {
        // Only a reduced decode asks the level what it allows (the first time, from tile 0's header).
        if (reduction != 0 && (reduction < 0 || reduction > maxReduction())) {
            throw new IllegalArgumentException("reduction must be 0.." + maxReduction() + ": " + reduction);
        }
        int factor = 1 << reduction;
        int width = (instance.columns() + factor - 1) / factor;
        int height = (instance.rows() + factor - 1) / factor;
        TileLocation location = new TileLocation(level, column, row);
        int frame = grid.frameAt(column, row);
        if (frame < 0) {
            return RgbImage.filled(width, height, 255, 255, 255);
        }
        byte[] data = frames.read(file, frame, maxTileBytes, location);
        RgbImage image;
        try {
            image = decode(data, reduction);
        } catch (CodecException e) {
            throw new CorruptSlideException(
                    file.path(), location, "frame " + (frame + 1) + " does not decode: " + e.getMessage(), e);
        }
        if (image.width() != width || image.height() != height) {
            throw new CorruptSlideException(
                    file.path(),
                    location,
                    "frame " + (frame + 1) + " decodes to "
                            + image.width() + "x" + image.height() + " pixels, the file says " + instance.columns()
                            + "x"
                            + instance.rows()
                            + (reduction == 0 ? "" : " (" + width + "x" + height + " at 1/" + factor + ")"),
                    null);
        }
        return image;
    }

    private RgbImage decode(byte[] data, int reduction) throws CodecException, SlideException {
        return switch (instance.encoding()) {
            case JPEG -> {
                byte[] stream = JpegStreams.assemble(null, data, data.length, jpegColour());
                yield codecs.jpeg().decode(stream, stream.length, reduction);
            }
            case JPEG2000 ->
                codecs.jpeg2000()
                        .orElseThrow(() -> new UnsupportedSlideException(file.path(), codecs.jpeg2000Missing()))
                        .decode(data, data.length, Jpeg2000Decoder.Components.RGB, reduction);
            case NATIVE -> raw(data);
        };
    }

    /** The container's word on the JPEG components, which a stream without markers lacks. */
    private JpegStreams.Colour jpegColour() {
        return switch (instance.photometric()) {
            case "YBR_FULL_422", "YBR_FULL" -> JpegStreams.Colour.YCBCR;
            case "RGB" -> JpegStreams.Colour.RGB;
            default -> JpegStreams.Colour.AS_MARKED;
        };
    }

    private RgbImage raw(byte[] data) throws SlideException {
        int pixels = instance.columns() * instance.rows();
        byte[] rgb = new byte[3 * pixels];
        String photometric = instance.photometric();
        if (instance.samplesPerPixel() == 1) {
            boolean inverted = photometric.equals("MONOCHROME1");
            for (int i = 0; i < pixels; i++) {
                byte grey = inverted ? (byte) ~data[i] : data[i];
                rgb[3 * i] = grey;
                rgb[3 * i + 1] = grey;
                rgb[3 * i + 2] = grey;
            }
            return new RgbImage(instance.columns(), instance.rows(), rgb);
        }
        if (!photometric.equals("RGB")) {
            throw new UnsupportedSlideException(file.path(), "uncompressed " + photometric + " is not supported");
        }
        if (instance.dataset().integer(DicomTag.PLANAR_CONFIGURATION).orElse(0) == 1) {
            for (int i = 0; i < pixels; i++) {
                rgb[3 * i] = data[i];
                rgb[3 * i + 1] = data[pixels + i];
                rgb[3 * i + 2] = data[2 * pixels + i];
            }
            return new RgbImage(instance.columns(), instance.rows(), rgb);
        }
        return new RgbImage(instance.columns(), instance.rows(), data);
    }

    /** The whole image, for associated images (label, overview, thumbnail). */
    RgbImage readWhole() throws SlideException {
        long width = width();
        long height = height();
        if (width * height > RegionRequest.MAX_PIXELS) {
            throw new SlideLimitException(
                    file.path(), "associated image of " + width + "x" + height + " pixels is too large to read whole");
        }
        int tileWidth = tileWidth();
        int tileHeight = tileHeight();
        byte[] out = new byte[(int) (3 * width * height)];
        for (long row = 0; row * tileHeight < height; row++) {
            for (long column = 0; column * tileWidth < width; column++) {
                RgbImage tile = decodeTile(column, row);
                long x0 = column * tileWidth;
                long y0 = row * tileHeight;
                int span = (int) Math.min(tileWidth, width - x0);
                for (long y = y0; y < Math.min(height, y0 + tileHeight); y++) {
                    System.arraycopy(
                            tile.rgb(),
                            (int) (3 * (y - y0) * tile.width()),
                            out,
                            (int) (3 * (y * width + x0)),
                            3 * span);
                }
            }
        }
        return new RgbImage((int) width, (int) height, out);
    }
}
