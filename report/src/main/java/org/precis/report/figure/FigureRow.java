package org.precis.report.figure;

import java.awt.Graphics2D;
import java.util.List;

/** Figures side by side, top-aligned, as panels of one picture. */
public record FigureRow(List<Figure> panels) implements Figure {

    public FigureRow {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure row needs at least one panel");
        }
    }

    @Override
    public int width() {
        return panels.stream().mapToInt(Figure::width).sum();
    }

    @Override
    public int height() {
        return panels.stream().mapToInt(Figure::height).max().orElseThrow();
    }

    @Override
    public void paint(Graphics2D g) {
        int x = 0;
        for (Figure panel : panels) {
            Graphics2D inner = (Graphics2D) g.create(x, 0, panel.width(), panel.height());
            try {
                panel.paint(inner);
            } finally {
                inner.dispose();
            }
            x += panel.width();
        }
    }
}
