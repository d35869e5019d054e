package org.precis.cells.output;

import org.precis.cells.nuclei.CellClass;

/**
 * What a cell was called, as QuPath shows it: a class name and the colour it is drawn in. Any name
 * will do, so that IHC scoring ({@code Positive}, {@code Negative}, {@code 1+}, {@code 2+},
 * {@code 3+}) writes through the same writers as the H&amp;E cell classes.
 *
 * @param name the class name, written to {@code classification.name}
 * @param rgb the colour, 0xRRGGBB
 */
public record Classification(String name, int rgb) {

    public Classification {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a classification needs a name");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a class name must be one line: " + name);
        }
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colour must be 0xRRGGBB: " + Integer.toHexString(rgb));
        }
    }

    /** The class with QuPath's colour for it where QuPath has one (Tumor, and Non-tumor as its Stroma). */
    public static Classification of(CellClass cellClass) {
        return switch (cellClass) {
            case TUMOR -> new Classification(cellClass.displayName(), 0xC80000);
            case NON_TUMOR -> new Classification(cellClass.displayName(), 0x96C896);
            case MITOSIS -> new Classification(cellClass.displayName(), 0xFF8C00);
            case APOPTOSIS -> new Classification(cellClass.displayName(), 0x8C50A0);
        };
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }
}
