package org.precis.cli;

import java.io.PrintWriter;
import org.precis.cells.nuclei.CellClass;
import org.precis.demo.cells.CellRecall;
import org.precis.demo.cells.FederatedCellReport;

/** The federated cell-head demo as text: both classifiers' recall per class on the held-out fields. */
final class CellDemoText {

    private final PrintWriter out;

    CellDemoText(PrintWriter out) {
        this.out = out;
    }

    void print(FederatedCellReport report) {
        out.printf(
                "%s (fedavg over %s cells; %s): %d rounds, %d ms; %d held-out cells%n",
                report.study(),
                report.siteCells(),
                report.features(),
                report.rounds(),
                report.wallMillis(),
                report.heldOutCells());
        out.printf("  %-10s %-9s %-10s", "model", "accuracy", "bal. acc.");
        for (CellClass c : CellClass.values()) {
            out.printf(" %-14s", c.displayName());
        }
        out.println();
        row("federated", report.federated());
        row("pooled", report.pooled());
        out.println("  (recall on the held-out fields' annotated cells; one patient: within-case figures)");
        out.println("  cell classifiers: " + report.model() + ", " + report.pooledModel());
    }

    private void row(String name, CellRecall recall) {
        out.printf("  %-10s %-9.4f %-10.4f", name, recall.accuracy(), recall.balancedAccuracy());
        for (CellClass c : CellClass.values()) {
            int i = c.ordinal();
            out.printf(" %-14s", String.format("%.2f (%d/%d)", recall.recall(i), recall.right()[i], recall.total()[i]));
        }
        out.println();
    }
}
