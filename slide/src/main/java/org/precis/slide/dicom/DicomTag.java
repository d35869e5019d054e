package org.precis.slide.dicom;

/**
 * The tags this reader looks at, as {@code 0xGGGGEEEE}, and the VRs an implicit-VR dataset
 * leaves unstated for them (the only ones whose values it interprets).
 */
final class DicomTag {

    static final int TRANSFER_SYNTAX_UID = 0x00020010;
    static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    static final int IMAGE_TYPE = 0x00080008;
    static final int SOP_CLASS_UID = 0x00080016;
    static final int SOP_INSTANCE_UID = 0x00080018;
    static final int PYRAMID_UID = 0x00080019;
    static final int MANUFACTURER = 0x00080070;
    static final int MANUFACTURER_MODEL_NAME = 0x00081090;
    static final int STUDY_INSTANCE_UID = 0x0020000D;
    static final int SERIES_INSTANCE_UID = 0x0020000E;
    static final int FRAME_OF_REFERENCE_UID = 0x00200052;
    static final int DIMENSION_ORGANIZATION_TYPE = 0x00209311;
    static final int SAMPLES_PER_PIXEL = 0x00280002;
    static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
    static final int PLANAR_CONFIGURATION = 0x00280006;
    static final int NUMBER_OF_FRAMES = 0x00280008;
    static final int ROWS = 0x00280010;
    static final int COLUMNS = 0x00280011;
    static final int PIXEL_SPACING = 0x00280030;
    static final int BITS_ALLOCATED = 0x00280100;
    static final int PIXEL_MEASURES_SEQUENCE = 0x00289110;
    static final int CONTAINER_IDENTIFIER = 0x00400512;
    static final int SPECIMEN_DESCRIPTION_SEQUENCE = 0x00400560;
    static final int SPECIMEN_SHORT_DESCRIPTION = 0x00400600;
    static final int IMAGED_VOLUME_WIDTH = 0x00480001;
    static final int IMAGED_VOLUME_HEIGHT = 0x00480002;
    static final int TOTAL_PIXEL_MATRIX_COLUMNS = 0x00480006;
    static final int TOTAL_PIXEL_MATRIX_ROWS = 0x00480007;
    static final int OPTICAL_PATH_SEQUENCE = 0x00480105;
    static final int OBJECTIVE_LENS_POWER = 0x00480112;
    static final int PLANE_POSITION_SLIDE_SEQUENCE = 0x0048021A;
    static final int COLUMN_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX = 0x0048021E;
    static final int ROW_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX = 0x0048021F;
    static final int SHARED_FUNCTIONAL_GROUPS_SEQUENCE = 0x52009229;
    static final int PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE = 0x52009230;
    static final int EXTENDED_OFFSET_TABLE = 0x7FE00001;
    static final int EXTENDED_OFFSET_TABLE_LENGTHS = 0x7FE00002;
    static final int PIXEL_DATA = 0x7FE00010;
    static final int ITEM = 0xFFFEE000;
    static final int ITEM_DELIMITATION = 0xFFFEE00D;
    static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private DicomTag() {}

    /** The VR of a tag in an implicit-VR dataset: known for the tags read here, UN otherwise. */
    static Vr implicitVr(int tag) {
        if ((tag & 0xFFFF) == 0) {
            return Vr.UL; // group lengths
        }
        return switch (tag) {
            case TRANSFER_SYNTAX_UID,
                    SOP_CLASS_UID,
                    SOP_INSTANCE_UID,
                    PYRAMID_UID,
                    STUDY_INSTANCE_UID,
                    SERIES_INSTANCE_UID,
                    FRAME_OF_REFERENCE_UID -> Vr.UI;
            case SPECIFIC_CHARACTER_SET, IMAGE_TYPE, DIMENSION_ORGANIZATION_TYPE, PHOTOMETRIC_INTERPRETATION -> Vr.CS;
            case MANUFACTURER, MANUFACTURER_MODEL_NAME, CONTAINER_IDENTIFIER, SPECIMEN_SHORT_DESCRIPTION -> Vr.LO;
            case SAMPLES_PER_PIXEL, PLANAR_CONFIGURATION, ROWS, COLUMNS, BITS_ALLOCATED -> Vr.US;
            case NUMBER_OF_FRAMES -> Vr.IS;
            case PIXEL_SPACING, OBJECTIVE_LENS_POWER -> Vr.DS;
            case IMAGED_VOLUME_WIDTH, IMAGED_VOLUME_HEIGHT -> Vr.FL;
            case TOTAL_PIXEL_MATRIX_COLUMNS, TOTAL_PIXEL_MATRIX_ROWS -> Vr.UL;
            case COLUMN_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX, ROW_POSITION_IN_TOTAL_IMAGE_PIXEL_MATRIX -> Vr.SL;
            case PIXEL_MEASURES_SEQUENCE,
                    SPECIMEN_DESCRIPTION_SEQUENCE,
                    OPTICAL_PATH_SEQUENCE,
                    PLANE_POSITION_SLIDE_SEQUENCE,
                    SHARED_FUNCTIONAL_GROUPS_SEQUENCE,
                    PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE -> Vr.SQ;
            case EXTENDED_OFFSET_TABLE, EXTENDED_OFFSET_TABLE_LENGTHS -> Vr.OV;
            case PIXEL_DATA -> Vr.OB;
            default -> Vr.UN;
        };
    }

    /** {@code (gggg,eeee)}, as DICOM writes tags. */
    static String format(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
