package org.precis.slide.tiff;

import java.nio.file.Path;
import java.util.Arrays;
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

/**
 * One image of a TIFF file, validated and ready to decode: tiles, or strips treated as tiles as
 * wide as the image. Everything the file declares is checked here, before the first tile is read.
 */
final class TiffImage implements LevelTiles {

    private static final int PHOTOMETRIC_MIN_IS_WHITE = 0;
    private static final int PHOTOMETRIC_MIN_IS_BLACK = 1;
    private static final int PHOTOMETRIC_RGB = 2;
    private static final int PHOTOMETRIC_YCBCR = 6;

    private final SlideFile source;
    private final Codecs codecs;
    private final int level;
    private final long width;
    private final long height;
    private final int tileWidth;
    private final int tileHeight;
    private final long columns;
    private final long[] offsets;
    private final long[] byteCounts;
    private final Compression compression;
    private final int photometric;
    private final int samples;
    private final boolean horizontalPredictor;
    private final byte[] jpegTables;
    private final boolean tiled;
    private final long maxTileBytes;
    /** The JPEG 2000 reduction, once the first tile's header has been read; -1 before. */
    private volatile int jpeg2000Reduction = -1;

    private TiffImage(SlideFile source, Codecs codecs, int level, TiffDirectory directory, ReadLimits limits)
            throws SlideException {
        Path path = source.path();
        this.source = source;
        this.codecs = codecs;
        this.level = level;
        this.width = directory.width();
        this.height = directory.height();
        String where = "IFD " + directory.index() + ": ";
        if (width <= 0 || height <= 0) {
            throw new CorruptSlideException(path, where + "image size " + width + "x" + height + " is not positive");
        }
        if (width > limits.maxLevelDimension() || height > limits.maxLevelDimension()) {
            throw new SlideLimitException(
                    path,
                    where + "image of " + width + "x" + height + " pixels exceeds the limit of "
                            + limits.maxLevelDimension() + " pixels a side");
        }
        long code = directory.number(TiffTag.COMPRESSION, 1);
        this.compression = Compression.of(code);
        if (compression == null) {
            throw new UnsupportedSlideException(
                    path, where + "compression " + Compression.describe(code) + " is not supported");
        }
        this.samples = (int) directory.number(TiffTag.SAMPLES_PER_PIXEL, 1);
        if (samples != 1 && samples != 3 && samples != 4) {
            throw new UnsupportedSlideException(path, where + samples + " samples per pixel are not supported");
        }
        for (long bits :
                directory.field(TiffTag.BITS_PER_SAMPLE).map(TiffField::longs).orElse(new long[] {1})) {
            if (bits != 8) {
                throw new UnsupportedSlideException(path, where + bits + " bits per sample are not supported (8 only)");
            }
        }
        if (directory.number(TiffTag.SAMPLE_FORMAT, 1) != 1) {
            throw new UnsupportedSlideException(path, where + "only unsigned integer samples are supported");
        }
        if (directory.number(TiffTag.PLANAR_CONFIGURATION, 1) != 1 && samples > 1) {
            throw new UnsupportedSlideException(path, where + "planar (separate) sample layout is not supported");
        }
        this.photometric =
                (int) directory.number(TiffTag.PHOTOMETRIC, samples == 1 ? PHOTOMETRIC_MIN_IS_BLACK : PHOTOMETRIC_RGB);
        boolean colourOk = switch (photometric) {
            case PHOTOMETRIC_MIN_IS_WHITE, PHOTOMETRIC_MIN_IS_BLACK -> samples == 1;
            case PHOTOMETRIC_RGB -> samples >= 3;
            case PHOTOMETRIC_YCBCR -> samples == 3 && !compression.lossless();
            default -> false;
        };
        if (!colourOk) {
            throw new UnsupportedSlideException(
                    path,
                    where + "photometric interpretation " + photometric + " with " + samples + " samples and "
                            + compression + " is not supported");
        }
        long predictor = directory.number(TiffTag.PREDICTOR, 1);
        if (predictor != 1 && predictor != 2) {
            throw new UnsupportedSlideException(path, where + "predictor " + predictor + " is not supported");
        }
        this.horizontalPredictor = predictor == 2 && compression.lossless();
        this.tiled = directory.tiled();
        if (tiled) {
            this.tileWidth = (int) Math.min(Integer.MAX_VALUE, directory.number(TiffTag.TILE_WIDTH, 0));
            this.tileHeight = (int) Math.min(Integer.MAX_VALUE, directory.number(TiffTag.TILE_LENGTH, 0));
            this.offsets =
                    directory.field(TiffTag.TILE_OFFSETS).map(TiffField::longs).orElse(new long[0]);
            this.byteCounts = directory
                    .field(TiffTag.TILE_BYTE_COUNTS)
                    .map(TiffField::longs)
                    .orElse(new long[0]);
        } else {
            long rows = directory.number(TiffTag.ROWS_PER_STRIP, height);
            this.tileWidth = (int) width;
            this.tileHeight = (int) Math.max(0, Math.min(rows, height));
            this.offsets =
                    directory.field(TiffTag.STRIP_OFFSETS).map(TiffField::longs).orElse(new long[0]);
            this.byteCounts = directory
                    .field(TiffTag.STRIP_BYTE_COUNTS)
                    .map(TiffField::longs)
                    .orElse(new long[0]);
        }
        if (tileWidth <= 0 || tileHeight <= 0) {
            throw new CorruptSlideException(
                    path, where + "tile size " + tileWidth + "x" + tileHeight + " is not positive");
        }
        if ((long) tileWidth * tileHeight > limits.maxTilePixels()) {
            throw new SlideLimitException(
                    path,
                    where + (tiled ? "tile" : "strip") + " of " + tileWidth + "x" + tileHeight
                            + " pixels exceeds the limit of " + limits.maxTilePixels() + " pixels");
        }
        this.columns = ceilDiv(width, tileWidth);
        long count = columns * ceilDiv(height, tileHeight);
        if (offsets.length != count || byteCounts.length != count) {
            throw new CorruptSlideException(
                    path,
                    where + "expected " + count + " tile offsets and byte counts, found " + offsets.length + " and "
                            + byteCounts.length);
        }
        this.jpegTables =
                directory.field(TiffTag.JPEG_TABLES).map(TiffField::value).orElse(null);
        this.maxTileBytes = limits.maxTileBytes();
    }

    static TiffImage of(SlideFile source, Codecs codecs, int level, TiffDirectory directory, ReadLimits limits)
            throws SlideException {
        return new TiffImage(source, codecs, level, directory, limits);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    @Override
    public long width() {
        return width;
    }

    @Override
    public long height() {
        return height;
    }

    @Override
    public int tileWidth() {
        return tileWidth;
    }

    @Override
    public int tileHeight() {
        return tileHeight;
    }

    Compression compression() {
        return compression;
    }

    /** The whole image, for associated images (label, macro, thumbnail). */
    RgbImage readWhole() throws SlideException {
        if (width * height > RegionRequest.MAX_PIXELS) {
            throw new SlideLimitException(
                    source.path(),
                    "associated image of " + width + "x" + height + " pixels is too large to read whole");
        }
        byte[] out = new byte[(int) (3 * width * height)];
        for (long row = 0; row * tileHeight < height; row++) {
            for (long column = 0; column < columns; column++) {
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

    @Override
    public RgbImage decodeTile(long column, long row) throws SlideException {
        return decodeTile(column, row, 0);
    }

    /**
     * JPEG tiles as far as the JPEG decoder scales; JPEG 2000 tiles as far as their wavelet goes
     * (read from the first tile's header: scanners code every tile of an image alike), both at
     * most 3 (1/8); lossless tiles not at all.
     */
    @Override
    public int maxReduction() {
        return switch (compression) {
            case JPEG -> Math.min(3, codecs.jpeg().maxReduction());
            case APERIO_JPEG2000_YCBCR, APERIO_JPEG2000_RGB, JPEG2000 -> jpeg2000Reduction();
            default -> 0;
        };
    }

    private int jpeg2000Reduction() {
        int known = jpeg2000Reduction;
        if (known < 0) {
            known = 0;
            if (codecs.jpeg2000().isPresent() && byteCounts[0] > 0 && byteCounts[0] <= maxTileBytes) {
                try {
                    byte[] first = source.read(offsets[0], (int) byteCounts[0], "tile data");
                    known = J2kCodingStyle.reductions(first, first.length, 3);
                } catch (SlideException e) {
                    known = 0; // the tile's own read will report the damage
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
        TileLocation location = new TileLocation(level, column, row);
        int index = (int) (row * columns + column);
        long offset = offsets[index];
        long length = byteCounts[index];
        int rows = tiled ? tileHeight : (int) Math.min(tileHeight, height - row * tileHeight);
        if (length <= 0) {
            throw new CorruptSlideException(
                    source.path(), location, "tile has no data (byte count " + length + ")", null);
        }
        if (length > maxTileBytes) {
            throw new SlideLimitException(
                    source.path(),
                    location,
                    "tile of " + length + " bytes exceeds the limit of " + maxTileBytes + " bytes");
        }
        byte[] data;
        try {
            data = source.read(offset, (int) length, "tile data");
        } catch (CorruptSlideException e) {
            throw new CorruptSlideException(
                    source.path(),
                    location,
                    "tile data at offset " + offset + " (" + length + " bytes) lies past the end of the file",
                    e);
        }
        try {
            RgbImage image = decode(data, rows, reduction);
            int factor = 1 << reduction;
            int expectedWidth = (tileWidth + factor - 1) / factor;
            int expectedHeight = (rows + factor - 1) / factor;
            if (image.width() != expectedWidth || image.height() != expectedHeight) {
                throw new CodecException("tile decodes to " + image.width() + "x" + image.height()
                        + " pixels, the file says " + tileWidth + "x" + rows
                        + (reduction == 0
                                ? ""
                                : " (" + expectedWidth + "x" + expectedHeight + " at 1/" + factor + ")"));
            }
            return image;
        } catch (CodecException e) {
            throw new CorruptSlideException(source.path(), location, e.getMessage(), e);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedSlideException(source.path(), location, e.getMessage());
        }
    }

    private RgbImage decode(byte[] data, int rows, int reduction) throws CodecException {
        return switch (compression) {
            case JPEG -> {
                byte[] stream = JpegStreams.assemble(jpegTables, data, data.length, jpegColour());
                yield codecs.jpeg().decode(stream, stream.length, reduction);
            }
            case APERIO_JPEG2000_YCBCR ->
                jpeg2000().decode(data, data.length, Jpeg2000Decoder.Components.YCBCR, reduction);
            case APERIO_JPEG2000_RGB -> jpeg2000().decode(data, data.length, Jpeg2000Decoder.Components.RGB, reduction);
            case JPEG2000 ->
                jpeg2000()
                        .decode(
                                data,
                                data.length,
                                photometric == PHOTOMETRIC_YCBCR
                                        ? Jpeg2000Decoder.Components.YCBCR
                                        : Jpeg2000Decoder.Components.RGB,
                                reduction);
            default -> toRgb(unpack(data, rows), rows);
        };
    }

    private JpegStreams.Colour jpegColour() {
        return photometric == PHOTOMETRIC_YCBCR
                ? JpegStreams.Colour.YCBCR
                : photometric == PHOTOMETRIC_RGB ? JpegStreams.Colour.RGB : JpegStreams.Colour.AS_MARKED;
    }

    private Jpeg2000Decoder jpeg2000() {
        return codecs.jpeg2000().orElseThrow(() -> new UnsupportedOperationException(codecs.jpeg2000Missing()));
    }

    private byte[] unpack(byte[] data, int rows) throws CodecException {
        int expected = Math.multiplyExact(Math.multiplyExact(tileWidth, rows), samples);
        byte[] raw = switch (compression) {
            case NONE -> {
                if (data.length < expected) {
                    throw new CodecException("uncompressed tile has " + data.length + " of " + expected + " bytes");
                }
                yield data;
            }
            case LZW -> Lzw.decode(data, expected);
            case DEFLATE, DEFLATE_OLD -> Deflate.decode(data, expected);
            case PACKBITS -> PackBits.decode(data, expected);
            default -> throw new IllegalStateException("not a raster compression: " + compression);
        };
        if (horizontalPredictor) {
            int rowBytes = tileWidth * samples;
            for (int r = 0; r < rows; r++) {
                int base = r * rowBytes;
                for (int i = samples; i < rowBytes; i++) {
                    raw[base + i] += raw[base + i - samples];
                }
            }
        }
        return raw;
    }

    private RgbImage toRgb(byte[] raw, int rows) {
        int pixels = tileWidth * rows;
        if (samples == 3) {
            return new RgbImage(tileWidth, rows, raw.length == 3 * pixels ? raw : Arrays.copyOf(raw, 3 * pixels));
        }
        byte[] rgb = new byte[3 * pixels];
        for (int i = 0; i < pixels; i++) {
            if (samples == 4) {
                rgb[3 * i] = raw[4 * i];
                rgb[3 * i + 1] = raw[4 * i + 1];
                rgb[3 * i + 2] = raw[4 * i + 2];
            } else {
                byte grey = photometric == PHOTOMETRIC_MIN_IS_WHITE ? (byte) ~raw[i] : raw[i];
                rgb[3 * i] = grey;
                rgb[3 * i + 1] = grey;
                rgb[3 * i + 2] = grey;
            }
        }
        return new RgbImage(tileWidth, rows, rgb);
    }
}
