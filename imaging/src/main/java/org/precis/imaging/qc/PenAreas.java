package org.precis.imaging.qc;

/** Area of pen ink on the slide by colour and in all, mm². */
public record PenAreas(double blueMm2, double greenMm2, double blackMm2, double totalMm2) {

    public static PenAreas of(double blueMm2, double greenMm2, double blackMm2) {
        return new PenAreas(blueMm2, greenMm2, blackMm2, blueMm2 + greenMm2 + blackMm2);
    }
}
