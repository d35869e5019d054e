package org.precis.cells.grade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Mitotic counts from blocks: over the whole tumour area (mitoses per mm² of tumour, and the same
 * density as a count per 10 high-power fields of the stated diameter), and in the hot spot: the
 * densest blocks, taken in order of mitoses per mm² of tumour until they make the area of 10
 * fields (the last block counted pro rata). Nottingham scores the hot spot. When the whole tumour
 * area is smaller than 10 fields, the hot spot is all of it, scaled to 10 fields, and
 * {@code hotSpotShortOfTenFields} says so.
 *
 * @param countPer10Hpf the whole-tumour density as a count per 10 fields
 * @param hotSpotCountPer10Hpf the hot spot's count per 10 fields
 * @param score the Nottingham mitotic score of the hot-spot count, rounded to a whole mitosis
 */
public record MitoticActivity(
        double fieldDiameterMm,
        int mitoses,
        double tumourAreaMm2,
        double perMm2,
        double countPer10Hpf,
        double hotSpotAreaMm2,
        double hotSpotPerMm2,
        double hotSpotCountPer10Hpf,
        boolean hotSpotShortOfTenFields,
        int score) {

    /**
     * The counts of {@code blocks} for fields of {@code cutoffs}' diameter.
     *
     * @throws IllegalArgumentException if the blocks hold no tumour area
     */
    public static MitoticActivity of(List<GradingBlock> blocks, MitoticCutoffs cutoffs) {
        double tenFields = 10 * cutoffs.fieldAreaMm2();
        int mitoses = 0;
        double area = 0;
        for (GradingBlock b : blocks) {
            mitoses += b.mitoses();
            area += b.tumourAreaMm2();
        }
        if (!(area > 0)) {
            throw new IllegalArgumentException(
                    "no tumour area: no tumour nucleus was found, so mitoses cannot be counted per area");
        }
        List<GradingBlock> byDensity = new ArrayList<>();
        for (GradingBlock b : blocks) {
            if (b.tumourAreaMm2() > 0) {
                byDensity.add(b);
            }
        }
        byDensity.sort(Comparator.comparingDouble((GradingBlock b) -> -b.mitoses() / b.tumourAreaMm2())
                .thenComparingDouble(b -> -b.tumourAreaMm2()));
        double hotArea = 0;
        double hotMitoses = 0;
        for (GradingBlock b : byDensity) {
            double take = Math.min(b.tumourAreaMm2(), tenFields - hotArea);
            if (take <= 0) {
                break;
            }
            hotMitoses += b.mitoses() * take / b.tumourAreaMm2();
            hotArea += take;
        }
        double perMm2 = mitoses / area;
        double hotPerMm2 = hotMitoses / hotArea;
        double hotCount = hotPerMm2 * tenFields;
        boolean shortOfTen = hotArea < tenFields * (1 - 1e-9);
        return new MitoticActivity(
                cutoffs.fieldDiameterMm(),
                mitoses,
                area,
                perMm2,
                perMm2 * tenFields,
                hotArea,
                hotPerMm2,
                hotCount,
                shortOfTen,
                cutoffs.score((int) Math.round(hotCount)));
    }
}
