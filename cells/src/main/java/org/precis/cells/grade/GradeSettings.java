package org.precis.cells.grade;

/**
 * How the grade components are measured: the microscope field diameter the counts refer to (mm,
 * within the Nottingham table), the grid of the tumour-area estimate (µm), and the bootstrap
 * (replicates, confidence level).
 */
public record GradeSettings(double fieldDiameterMm, double gridUm, int bootstrapReplicates, double level) {

    public GradeSettings {
        MitoticScoreTable.forDiameter(fieldDiameterMm);
        if (!(gridUm > 0) || gridUm > 1000) {
            throw new IllegalArgumentException("tumour-area grid must be 0..1000 µm: " + gridUm);
        }
        if (bootstrapReplicates < 10 || bootstrapReplicates > 1_000_000) {
            throw new IllegalArgumentException("bootstrap replicates must be 10..1000000: " + bootstrapReplicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
    }

    /** A 0.50 mm field, a 25 µm tumour-area grid, 2000 replicates, 95%. */
    public static GradeSettings standard(double fieldDiameterMm) {
        return new GradeSettings(fieldDiameterMm, 25, 2000, 0.95);
    }
}
