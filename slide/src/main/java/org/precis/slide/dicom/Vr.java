package org.precis.slide.dicom;

import java.util.Optional;

/** DICOM value representations; the ones with a 4-byte length field in explicit VR say so. */
enum Vr {
    AE,
    AS,
    AT,
    CS,
    DA,
    DS,
    DT,
    FL,
    FD,
    IS,
    LO,
    LT,
    PN,
    SH,
    SL,
    SS,
    ST,
    TM,
    UI,
    UL,
    US,
    OB(true),
    OD(true),
    OF(true),
    OL(true),
    OV(true),
    OW(true),
    SQ(true),
    SV(true),
    UC(true),
    UN(true),
    UR(true),
    UT(true),
    UV(true);

    private final boolean longLength;

    Vr() {
        this(false);
    }

    Vr(boolean longLength) {
        this.longLength = longLength;
    }

    /** Whether explicit VR encodes the length in 4 bytes after 2 reserved ones. */
    boolean longLength() {
        return longLength;
    }

    /** The VR spelled by two bytes of an explicit-VR element, if they spell one. */
    static Optional<Vr> of(int first, int second) {
        if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf("" + (char) first + (char) second));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
