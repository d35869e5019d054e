package org.precis.slide.dicom;

import java.nio.file.Path;
import java.util.Optional;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.UnsupportedSlideException;
import org.precis.slide.spi.ReadLimits;

/**
 * One VL Whole Slide Microscopy instance as this reader understands it: what it shows, how big
 * its total pixel matrix and its frames are, and how the frames are encoded. Built only when
 * every size is within the limits.
 */
record WsiInstance(
        DicomHeader header,
        ImageFlavour flavour,
        long totalColumns,
        long totalRows,
        int columns,
        int rows,
        int frames,
        int samplesPerPixel,
        String photometric,
        PixelEncoding encoding,
        boolean sparse) {

    static final String WSM_SOP_CLASS = "1.2.840.10008.5.1.4.1.1.77.1.6";

    Path path() {
        return header.path();
    }

    DicomDataset dataset() {
        return header.dataset();
    }

    Optional<String> uid(int tag) {
        return header.dataset().string(tag);
    }

    static WsiInstance of(DicomHeader header, ReadLimits limits) throws SlideException {
        Path path = header.path();
        DicomDataset ds = header.dataset();
        String sopClass = ds.string(DicomTag.SOP_CLASS_UID)
                .or(() -> header.meta().string(0x00020002))
                .orElseThrow(() -> new CorruptSlideException(path, "no SOP Class UID (0008,0016)"));
        if (!sopClass.equals(WSM_SOP_CLASS)) {
            throw new UnsupportedSlideException(
                    path,
                    "SOP class " + sopClass + " is not VL Whole Slide Microscopy Image Storage (" + WSM_SOP_CLASS
                            + ")");
        }
        PixelEncoding encoding = PixelEncoding.of(path, header.transferSyntaxUid());
        int columns = (int) positive(path, ds, DicomTag.COLUMNS, "Columns", 65535);
        int rows = (int) positive(path, ds, DicomTag.ROWS, "Rows", 65535);
        long frames = ds.contains(DicomTag.NUMBER_OF_FRAMES)
                ? positive(path, ds, DicomTag.NUMBER_OF_FRAMES, "Number of Frames", Integer.MAX_VALUE - 1)
                : 1;
        if (frames > limits.maxArrayEntries()) {
            throw new SlideLimitException(path, frames + " frames exceed the limit of " + limits.maxArrayEntries());
        }
        if ((long) columns * rows > limits.maxTilePixels()) {
            throw new SlideLimitException(
                    path,
                    "frames of " + columns + "x" + rows + " pixels exceed the limit of " + limits.maxTilePixels()
                            + " pixels");
        }
        // Labels and overviews often have one frame and no total pixel matrix.
        long totalColumns = ds.contains(DicomTag.TOTAL_PIXEL_MATRIX_COLUMNS)
                ? positive(path, ds, DicomTag.TOTAL_PIXEL_MATRIX_COLUMNS, "Total Pixel Matrix Columns", 0xFFFFFFFFL)
                : columns;
        long totalRows = ds.contains(DicomTag.TOTAL_PIXEL_MATRIX_ROWS)
                ? positive(path, ds, DicomTag.TOTAL_PIXEL_MATRIX_ROWS, "Total Pixel Matrix Rows", 0xFFFFFFFFL)
                : rows;
        if (totalColumns > limits.maxLevelDimension() || totalRows > limits.maxLevelDimension()) {
            throw new SlideLimitException(
                    path,
                    "total pixel matrix of " + totalColumns + "x" + totalRows + " exceeds the limit of "
                            + limits.maxLevelDimension() + " pixels a side");
        }
        int samples = (int) ds.integer(DicomTag.SAMPLES_PER_PIXEL).orElse(3);
        String photometric = ds.string(DicomTag.PHOTOMETRIC_INTERPRETATION).orElse("RGB");
        if (samples != 1 && samples != 3) {
            throw new UnsupportedSlideException(path, samples + " samples per pixel are not supported");
        }
        long bits = ds.integer(DicomTag.BITS_ALLOCATED).orElse(8);
        if (bits != 8) {
            throw new UnsupportedSlideException(path, bits + " bits allocated per sample are not supported");
        }
        String organisation = ds.string(DicomTag.DIMENSION_ORGANIZATION_TYPE).orElse("TILED_FULL");
        boolean sparse = switch (organisation) {
            case "TILED_FULL" -> false;
            case "TILED_SPARSE" -> true;
            default ->
                throw new UnsupportedSlideException(
                        path,
                        "dimension organization " + organisation
                                + " is not supported (TILED_FULL and TILED_SPARSE are)");
        };
        if (header.pixelData().isEmpty()) {
            throw new CorruptSlideException(path, "the file has no Pixel Data (7FE0,0010)");
        }
        if (header.pixelData().get().encapsulated() != (encoding != PixelEncoding.NATIVE)) {
            throw new CorruptSlideException(
                    path,
                    "pixel data is " + (header.pixelData().get().encapsulated() ? "encapsulated" : "native")
                            + " but the transfer syntax " + header.transferSyntaxUid()
                            + " says otherwise");
        }
        ImageFlavour flavour = ImageFlavour.of(ds.strings(DicomTag.IMAGE_TYPE));
        return new WsiInstance(
                header,
                flavour,
                totalColumns,
                totalRows,
                columns,
                rows,
                (int) frames,
                samples,
                photometric,
                encoding,
                sparse);
    }

    private static long positive(Path path, DicomDataset ds, int tag, String name, long max) throws SlideException {
        long value = ds.integer(tag)
                .orElseThrow(() -> new CorruptSlideException(path, "no valid " + name + " " + DicomTag.format(tag)));
        if (value <= 0 || value > max) {
            throw new CorruptSlideException(
                    path, name + " " + DicomTag.format(tag) + " is " + value + ", not between 1 and " + max);
        }
        return value;
    }
}
