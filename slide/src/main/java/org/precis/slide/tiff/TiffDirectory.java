package org.precis.slide.tiff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One image file directory: its fields by tag, and the directories its SubIFDs tag points to.
 *
 * @param index  position in the main IFD chain (SubIFDs share their parent's index)
 * @param offset where it sits in the file
 */
record TiffDirectory(int index, long offset, Map<Integer, TiffField> fields, List<TiffDirectory> subDirectories) {

    TiffDirectory {
        fields = Map.copyOf(fields);
        subDirectories = List.copyOf(subDirectories);
    }

    Optional<TiffField> field(int tag) {
        return Optional.ofNullable(fields.get(tag));
    }

    /** The first value of an integer field, or the default when the field is absent. */
    long number(int tag, long absent) {
        TiffField field = fields.get(tag);
        return field == null || field.count() == 0 ? absent : (long) field.number();
    }

    Optional<String> text(int tag) {
        return field(tag).map(TiffField::text);
    }

    boolean tiled() {
        return fields.containsKey(TiffTag.TILE_WIDTH) && fields.containsKey(TiffTag.TILE_OFFSETS);
    }

    long width() {
        return number(TiffTag.IMAGE_WIDTH, 0);
    }

    long height() {
        return number(TiffTag.IMAGE_LENGTH, 0);
    }

    /** Bit 0 of NewSubfileType: a reduced-resolution copy of another image. */
    boolean reducedResolution() {
        return (number(TiffTag.NEW_SUBFILE_TYPE, 0) & 1) != 0;
    }
}
