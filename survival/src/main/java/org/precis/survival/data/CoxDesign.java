package org.precis.survival.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The data of a Cox model: for each complete row, an interval {@code (start, stop]} (start is
 * minus infinity for right-censored data), an event flag, covariates, a stratum, a cluster and a
 * case weight. Rows with a missing value in any used column are dropped and counted, as R's
 * {@code na.omit}. Immutable; accessors return copies.
 */
public final class CoxDesign {
    private final double[] start;
    private final double[] stop;
    private final boolean[] event;
    private final double[][] x;
    private final List<Covariate> covariates;
    private final List<String> termNames;
    private final int[] stratum;
    private final List<String> strataLabels;
    private final int[] cluster;
    private final double[] weight;
    private final boolean countingProcess;
    private final int dropped;
    private final List<String> strataColumns;

    CoxDesign(DesignSpec spec, SurvivalTable table) {
        int rows = table.rowCount();
        List<Column> used = new ArrayList<>();
        Column timeCol = table.numericColumn(spec.time());
        used.add(timeCol);
        Column startCol = spec.start().map(table::numericColumn).orElse(null);
        Column eventCol = table.column(spec.event());
        used.add(eventCol);
        if (startCol != null) {
            used.add(startCol);
        }
        Column weightCol = spec.weights().map(table::numericColumn).orElse(null);
        if (weightCol != null) {
            used.add(weightCol);
        }
        List<Column> covCols = new ArrayList<>();
        for (String c : spec.covariates()) {
            covCols.add(table.column(c));
        }
        used.addAll(covCols);
        List<Column> strataCols = new ArrayList<>();
        for (String s : spec.strata()) {
            strataCols.add(table.column(s));
        }
        used.addAll(strataCols);
        Column clusterCol = spec.cluster().map(table::column).orElse(null);
        if (clusterCol != null) {
            used.add(clusterCol);
        }
        for (String column : spec.references().keySet()) {
            if (!spec.covariates().contains(column)) {
                throw new IllegalArgumentException(
                        "reference level given for '" + column + "', which is not a covariate");
            }
        }

        CompleteCases complete =
                CompleteCases.of(table, used.stream().map(Column::name).toList());
        int[] keep = complete.rows();
        this.dropped = complete.dropped();
        int n = keep.length;
        if (n == 0) {
            throw table.fault("no complete rows: every row misses a value in "
                    + used.stream().map(Column::name).toList());
        }
        boolean[] events = EventCoding.of(spec.eventValue()).events(table, spec.event(), keep);
        this.covariates = new ArrayList<>();
        for (Column c : covCols) {
            covariates.add(covariateFor(c, spec.references().get(c.name())));
        }
        List<String> names = new ArrayList<>();
        for (Covariate c : covariates) {
            names.addAll(c.termNames());
        }
        this.termNames = List.copyOf(names);

        this.stop = new double[n];
        this.start = new double[n];
        this.event = new boolean[n];
        this.weight = new double[n];
        this.x = new double[n][names.size()];
        boolean anyEvent = false;
        for (int i = 0; i < n; i++) {
            int r = keep[i];
            stop[i] = timeCol.number(r).getAsDouble();
            if (startCol != null) {
                start[i] = startCol.number(r).getAsDouble();
                if (!(start[i] < stop[i])) {
                    throw table.fault(
                            r,
                            "start '" + spec.start().get() + "' = " + Column.formatNumber(start[i])
                                    + " is not before stop '" + spec.time() + "' = " + Column.formatNumber(stop[i])
                                    + " (stop time must be > start time)");
                }
            } else {
                // R's coxph takes any finite time, zero and negative ones included: only the order matters.
                start[i] = Double.NEGATIVE_INFINITY;
                if (Double.isInfinite(stop[i])) {
                    throw table.fault(r, "time '" + spec.time() + "' = " + stop[i] + " must be finite");
                }
            }
            event[i] = events[i];
            anyEvent |= event[i];
            weight[i] = weightCol == null ? 1.0 : weightCol.number(r).getAsDouble();
            if (!(weight[i] > 0) || Double.isInfinite(weight[i])) {
                throw table.fault(
                        r,
                        "weight '" + spec.weights().get() + "' = " + Column.formatNumber(weight[i])
                                + " must be a finite number > 0");
            }
            int at = 0;
            for (int k = 0; k < covariates.size(); k++) {
                Column c = covCols.get(k);
                Covariate covariate = covariates.get(k);
                if (c.isNumeric() && !covariate.isFactor()) {
                    x[i][at] = c.number(r).getAsDouble(); // the common case, without boxing the value
                } else {
                    Object value = c.isNumeric()
                            ? (Object) c.number(r).getAsDouble()
                            : c.text(r).get();
                    try {
                        covariate.encode(value, 0, x[i], at);
                    } catch (IllegalArgumentException e) {
                        throw table.fault(r, e.getMessage());
                    }
                }
                at += covariate.width();
            }
        }
        if (!anyEvent) {
            throw table.fault("no events: column '" + spec.event() + "' marks no row as an event"
                    + spec.eventValue().stream()
                            .mapToObj(v -> " (event value " + v + ")")
                            .findFirst()
                            .orElse("")
                    + "; a Cox model needs at least one");
        }
        this.countingProcess = startCol != null;
        this.strataColumns = spec.strata();
        this.strataLabels = new ArrayList<>();
        this.stratum = codes(strataCols, keep, strataLabels);
        this.cluster = clusterCol == null ? new int[0] : codes(List.of(clusterCol), keep, new ArrayList<>());
    }

    public static DesignSpec.Builder builder() {
        return DesignSpec.builder();
    }

    /** Levels are those present anywhere in the column (as R's factor), sorted, the reference first. */
    private static Covariate covariateFor(Column c, String reference) {
        if (c.isNumeric()) {
            if (reference != null) {
                throw new IllegalArgumentException("reference level given for numeric column '" + c.name() + "'");
            }
            return new Covariate(c.name(), List.of());
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (int r = 0; r < c.size(); r++) {
            c.text(r).ifPresent(sorted::add);
        }
        List<String> levels = new ArrayList<>(sorted);
        if (reference != null) {
            if (!levels.remove(reference)) {
                throw new IllegalArgumentException("reference level '" + reference + "' does not occur in column '"
                        + c.name() + "', whose levels are " + sorted);
            }
            levels.add(0, reference);
        }
        return new Covariate(c.name(), levels);
    }

    /** Codes 0.. for the sorted distinct combinations of the columns' values in the kept rows. */
    private static int[] codes(List<Column> cols, int[] keep, List<String> labelsOut) {
        int[] out = new int[keep.length];
        if (cols.isEmpty()) {
            labelsOut.add("");
            return out;
        }
        String[] keys = new String[keep.length];
        TreeSet<String> distinct = new TreeSet<>((a, b) -> compareLabels(a, b));
        for (int i = 0; i < keep.length; i++) {
            StringBuilder key = new StringBuilder();
            for (Column c : cols) {
                key.append(key.length() == 0 ? "" : ", ")
                        .append(c.name())
                        .append('=')
                        .append(c.text(keep[i]).get());
            }
            keys[i] = key.toString();
            distinct.add(keys[i]);
        }
        labelsOut.addAll(distinct);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String label : labelsOut) {
            index.put(label, index.size());
        }
        for (int i = 0; i < keep.length; i++) {
            out[i] = index.get(keys[i]);
        }
        return out;
    }

    /** Numeric values compare as numbers (so stratum 2 sorts before 10, as R sorts a numeric strata column). */
    private static int compareLabels(String a, String b) {
        String va = a.substring(a.indexOf('=') + 1);
        String vb = b.substring(b.indexOf('=') + 1);
        if (a.indexOf(',') < 0 && b.indexOf(',') < 0) {
            try {
                int c = Double.compare(Double.parseDouble(va), Double.parseDouble(vb));
                if (c != 0) {
                    return c;
                }
            } catch (NumberFormatException e) {
                // text values compare as text below
            }
        }
        return a.compareTo(b);
    }

    /** Rows used in the fit. */
    public int size() {
        return stop.length;
    }

    public int dropped() {
        return dropped;
    }

    public boolean isCountingProcess() {
        return countingProcess;
    }

    /** Interval starts; minus infinity for right-censored data. */
    public double[] start() {
        return start.clone();
    }

    public double[] stop() {
        return stop.clone();
    }

    public boolean[] event() {
        return event.clone();
    }

    public int eventCount() {
        int d = 0;
        for (boolean e : event) {
            d += e ? 1 : 0;
        }
        return d;
    }

    /** Design matrix, one row per used row. */
    public double[][] covariateMatrix() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    public List<String> termNames() {
        return termNames;
    }

    public List<Covariate> covariates() {
        return List.copyOf(covariates);
    }

    /** Stratum code per row, 0 when there are no strata. */
    public int[] strata() {
        return stratum.clone();
    }

    /** Label of each stratum code, as {@code sex=1}; a single empty label without strata. */
    public List<String> strataLabels() {
        return List.copyOf(strataLabels);
    }

    /** The stratum label of a table row, as {@link #strataLabels()} writes it; empty text without strata. */
    public String stratumLabel(SurvivalTable table, int row) {
        StringBuilder key = new StringBuilder();
        for (String name : strataColumns) {
            Column c = table.column(name);
            key.append(key.length() == 0 ? "" : ", ")
                    .append(name)
                    .append('=')
                    .append(c.text(row).orElseThrow(() -> table.fault(row, "misses strata column '" + name + "'")));
        }
        String label = key.toString();
        if (!strataLabels.contains(label)) {
            throw new IllegalArgumentException("stratum '" + label + "' is not one of " + strataLabels);
        }
        return label;
    }

    /** Cluster code per row; empty when no cluster column was given. */
    public Optional<int[]> clusters() {
        return cluster.length == 0 ? Optional.empty() : Optional.of(cluster.clone());
    }

    public double[] weights() {
        return weight.clone();
    }

    /**
     * The design row for new covariate values by column name (numbers for numeric columns, text or
     * numbers for text columns), for prediction.
     */
    public double[] encode(Map<String, ?> values) {
        double[] out = new double[termNames.size()];
        int at = 0;
        for (Covariate c : covariates) {
            Object v = values.get(c.column());
            if (v == null) {
                throw new IllegalArgumentException("no value for covariate '" + c.column() + "'");
            }
            c.encode(v, 0, out, at);
            at += c.width();
        }
        return out;
    }

    /** The design row of a table row (for instance the table the design came from). */
    public double[] encode(SurvivalTable table, int row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Covariate c : covariates) {
            Column col = table.column(c.column());
            if (col.isMissing(row)) {
                throw table.fault(row, "misses covariate '" + c.column() + "'");
            }
            values.put(
                    c.column(),
                    col.isNumeric()
                            ? (Object) col.number(row).getAsDouble()
                            : col.text(row).get());
        }
        return encode(values);
    }
}
