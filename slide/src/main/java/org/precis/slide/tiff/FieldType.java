package org.precis.slide.tiff;

/** TIFF and BigTIFF field types with their sizes in bytes. */
enum FieldType {
    BYTE(1, 1),
    ASCII(2, 1),
    SHORT(3, 2),
    LONG(4, 4),
    RATIONAL(5, 8),
    SBYTE(6, 1),
    UNDEFINED(7, 1),
    SSHORT(8, 2),
    SLONG(9, 4),
    SRATIONAL(10, 8),
    FLOAT(11, 4),
    DOUBLE(12, 8),
    IFD(13, 4),
    LONG8(16, 8),
    SLONG8(17, 8),
    IFD8(18, 8);

    final int code;
    final int size;

    FieldType(int code, int size) {
        this.code = code;
        this.size = size;
    }

    /** The type for a code, or null for codes the spec says readers skip. */
    static FieldType of(int code) {
        for (FieldType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
