package org.precis.slide.dicom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.slide.PixelSize;

/** What a slide says about itself, taken from its full-resolution instance. */
record DicomMetadata(
        Optional<String> vendor,
        Optional<PixelSize> pixelSize,
        OptionalDouble objectivePower,
        Map<String, String> properties) {

    DicomMetadata {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static DicomMetadata of(WsiInstance base, int instances) {
        DicomDataset ds = base.dataset();
        Map<String, String> properties = new LinkedHashMap<>();
        text(properties, "Manufacturer", ds, DicomTag.MANUFACTURER);
        text(properties, "ManufacturerModelName", ds, DicomTag.MANUFACTURER_MODEL_NAME);
        text(properties, "StudyInstanceUID", ds, DicomTag.STUDY_INSTANCE_UID);
        text(properties, "SeriesInstanceUID", ds, DicomTag.SERIES_INSTANCE_UID);
        text(properties, "SOPInstanceUID", ds, DicomTag.SOP_INSTANCE_UID);
        text(properties, "FrameOfReferenceUID", ds, DicomTag.FRAME_OF_REFERENCE_UID);
        text(properties, "PyramidUID", ds, DicomTag.PYRAMID_UID);
        text(properties, "ContainerIdentifier", ds, DicomTag.CONTAINER_IDENTIFIER);
        ds.firstItem(DicomTag.SPECIMEN_DESCRIPTION_SEQUENCE)
                .flatMap(item -> item.string(DicomTag.SPECIMEN_SHORT_DESCRIPTION))
                .ifPresent(text -> properties.put("dicom.SpecimenDescription", text));
        text(properties, "ImageType", ds, DicomTag.IMAGE_TYPE);
        text(properties, "PhotometricInterpretation", ds, DicomTag.PHOTOMETRIC_INTERPRETATION);
        properties.put("dicom.TransferSyntaxUID", base.header().transferSyntaxUid());
        properties.put("dicom.TotalPixelMatrixColumns", Long.toString(base.totalColumns()));
        properties.put("dicom.TotalPixelMatrixRows", Long.toString(base.totalRows()));
        properties.put("dicom.Columns", Integer.toString(base.columns()));
        properties.put("dicom.Rows", Integer.toString(base.rows()));
        properties.put("dicom.NumberOfFrames", Integer.toString(base.frames()));
        properties.put("dicom.DimensionOrganizationType", base.sparse() ? "TILED_SPARSE" : "TILED_FULL");
        properties.put("dicom.Instances", Integer.toString(instances));
        Optional<PixelSize> pixelSize = pixelSize(base);
        pixelSize.ifPresent(size -> {
            properties.put("dicom.mppX", Double.toString(size.mppX()));
            properties.put("dicom.mppY", Double.toString(size.mppY()));
        });
        OptionalDouble objective = ds.firstItem(DicomTag.OPTICAL_PATH_SEQUENCE)
                .map(item -> item.decimal(DicomTag.OBJECTIVE_LENS_POWER))
                .orElse(OptionalDouble.empty());
        if (objective.isPresent() && !(objective.getAsDouble() > 0 && objective.getAsDouble() < 1e4)) {
            objective = OptionalDouble.empty();
        }
        return new DicomMetadata(ds.string(DicomTag.MANUFACTURER), pixelSize, objective, properties);
    }

    /**
     * From Pixel Spacing (mm; the row spacing, y, comes first), else from the imaged volume's
     * size over the total pixel matrix. Millimetres become micrometres.
     */
    static Optional<PixelSize> pixelSize(WsiInstance instance) {
        DicomDataset ds = instance.dataset();
        double[] spacing = ds.firstItem(DicomTag.SHARED_FUNCTIONAL_GROUPS_SEQUENCE)
                .flatMap(shared -> shared.firstItem(DicomTag.PIXEL_MEASURES_SEQUENCE))
                .map(measures -> measures.decimals(DicomTag.PIXEL_SPACING))
                .orElse(new double[0]);
        if (spacing.length >= 2 && valid(spacing[0]) && valid(spacing[1])) {
            return Optional.of(new PixelSize(spacing[1] * 1000, spacing[0] * 1000));
        }
        OptionalDouble width = ds.decimal(DicomTag.IMAGED_VOLUME_WIDTH);
        OptionalDouble height = ds.decimal(DicomTag.IMAGED_VOLUME_HEIGHT);
        if (width.isPresent() && height.isPresent()) {
            double x = width.getAsDouble() * 1000 / instance.totalColumns();
            double y = height.getAsDouble() * 1000 / instance.totalRows();
            if (valid(x) && valid(y)) {
                return Optional.of(new PixelSize(x, y));
            }
        }
        return Optional.empty();
    }

    private static boolean valid(double value) {
        return value > 0 && !Double.isInfinite(value);
    }

    private static void text(Map<String, String> properties, String name, DicomDataset ds, int tag) {
        ds.string(tag).ifPresent(value -> properties.put("dicom." + name, value));
    }
}
