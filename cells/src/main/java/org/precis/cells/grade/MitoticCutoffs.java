package org.precis.cells.grade;

/**
 * One row of the mitotic-score table: for a microscope field of {@code fieldDiameterMm}, a count
 * per 10 high-power fields up to {@code score1Max} scores 1, up to {@code score2Max} scores 2,
 * above it 3.
 */
public record MitoticCutoffs(double fieldDiameterMm, int score1Max, int score2Max) {

    public MitoticCutoffs {
        if (!(fieldDiameterMm > 0) || score1Max < 0 || score2Max <= score1Max) {
            throw new IllegalArgumentException(
                    "bad mitotic cut-offs: " + fieldDiameterMm + " mm, " + score1Max + ", " + score2Max);
        }
    }

    /** The area of one field, π d² / 4, in mm². */
    public double fieldAreaMm2() {
        return Math.PI * fieldDiameterMm * fieldDiameterMm / 4;
    }

    /** The score, 1-3, of {@code countPer10Hpf} mitoses per 10 fields. */
    public int score(int countPer10Hpf) {
        if (countPer10Hpf < 0) {
            throw new IllegalArgumentException("a mitotic count cannot be negative: " + countPer10Hpf);
        }
        if (countPer10Hpf <= score1Max) {
            return 1;
        }
        return countPer10Hpf <= score2Max ? 2 : 3;
    }
}
