package org.precis.cells.grade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.precis.cells.nuclei.CellClass;

/**
 * Cuts fields into blocks of one high-power field's area (squares of side √π d / 2 for a field of
 * diameter d; a field smaller than that is one block) and measures each: mitoses, tumour area (the
 * {@code gridUm} squares holding a tumour or mitotic nucleus), nucleus areas, gland area around
 * lumina (a lumen of area A is taken as a gland of radius √(A/π) plus one epithelial layer of
 * {@code EPITHELIUM_UM}).
 */
public final class GradingBlocks {

    /** The thickness of the epithelial layer lining a tubule, in µm. */
    static final double EPITHELIUM_UM = 10;

    private GradingBlocks() {}

    public static List<GradingBlock> of(List<GradingField> fields, double fieldDiameterMm, double gridUm) {
        if (!(gridUm > 0) || gridUm > 1000) {
            throw new IllegalArgumentException("tumour-area grid must be 0..1000 µm: " + gridUm);
        }
        double side = Math.sqrt(Math.PI) * fieldDiameterMm * 1000 / 2;
        List<GradingBlock> blocks = new ArrayList<>();
        for (GradingField field : fields) {
            int columns = Math.max(1, (int) Math.round(field.widthUm() / side));
            int rows = Math.max(1, (int) Math.round(field.heightUm() / side));
            double w = field.widthUm() / columns;
            double h = field.heightUm() / rows;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    blocks.add(block(field, c * w, r * h, w, h, gridUm));
                }
            }
        }
        return blocks;
    }

    private static GradingBlock block(GradingField field, double x0, double y0, double w, double h, double gridUm) {
        int mitoses = 0;
        int tumourNuclei = 0;
        List<Double> tumourAreas = new ArrayList<>();
        List<Double> otherAreas = new ArrayList<>();
        Set<Long> occupied = new HashSet<>();
        for (GradedNucleus n : field.nuclei()) {
            if (!inside(n.xUm(), n.yUm(), x0, y0, w, h)) {
                continue;
            }
            CellClass k = n.cellClass();
            if (k == CellClass.MITOSIS) {
                mitoses++;
            }
            if (k == CellClass.TUMOR || k == CellClass.MITOSIS) {
                long gx = (long) Math.floor((n.xUm() - x0) / gridUm);
                long gy = (long) Math.floor((n.yUm() - y0) / gridUm);
                occupied.add(gx * 1_000_003L + gy);
            }
            if (k == CellClass.TUMOR) {
                tumourNuclei++;
                n.areaUm2().ifPresent(tumourAreas::add);
            } else if (k == CellClass.NON_TUMOR) {
                n.areaUm2().ifPresent(otherAreas::add);
            }
        }
        double tumourAreaUm2 = 0;
        for (long key : occupied) {
            long gx = key / 1_000_003L;
            long gy = key % 1_000_003L;
            double cw = Math.min(gridUm, w - gx * gridUm);
            double ch = Math.min(gridUm, h - gy * gridUm);
            tumourAreaUm2 += Math.max(0, cw) * Math.max(0, ch);
        }
        OptionalDouble gland = OptionalDouble.empty();
        if (field.lumens().isPresent()) {
            double area = 0;
            for (Lumen lumen : field.lumens().get()) {
                if (inside(lumen.xUm(), lumen.yUm(), x0, y0, w, h)) {
                    double radius = Math.sqrt(lumen.areaUm2() / Math.PI) + EPITHELIUM_UM;
                    area += Math.PI * radius * radius;
                }
            }
            gland = OptionalDouble.of(area / 1e6);
        }
        return new GradingBlock(
                field.name(),
                mitoses,
                tumourNuclei,
                tumourAreaUm2 / 1e6,
                tumourAreas.stream().mapToDouble(Double::doubleValue).toArray(),
                otherAreas.stream().mapToDouble(Double::doubleValue).toArray(),
                gland);
    }

    private static boolean inside(double x, double y, double x0, double y0, double w, double h) {
        return x >= x0 && x < x0 + w && y >= y0 && y < y0 + h;
    }
}
