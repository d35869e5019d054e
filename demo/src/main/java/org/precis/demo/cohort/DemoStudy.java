package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.algorithm.TimeGrid;

/**
 * The four demo studies and their parameters. The breast KM and log-rank studies compare hormonal
 * therapy ({@code hormon} 0 / 1) on a monthly grid, a month being 365.25 / 12 days, 240 months
 * long (every follow-up time in both tables lies within it).
 */
public enum DemoStudy {
    /** Cox on age, sex, ph.ecog stratified by site; status 2 = dead. */
    LUNG_COX("lung-cox", "cox-stratified", Cohort.LUNG),
    /** Cox on the harmonised covariates stratified by site. */
    BREAST_COX("breast-cox", "cox-stratified", Cohort.BREAST),
    /** Kaplan-Meier of recurrence-free survival by hormonal therapy, monthly grid. */
    BREAST_KM("breast-km", "km", Cohort.BREAST),
    /** Log-rank test of recurrence-free survival by hormonal therapy, monthly grid. */
    BREAST_LOGRANK("breast-logrank", "logrank", Cohort.BREAST);

    /** Which demo cohort a study runs on. */
    public enum Cohort {
        LUNG,
        BREAST
    }

    /** Months on the breast studies' grid. */
    public static final int BREAST_GRID_MONTHS = 240;

    private final String id;
    private final String algorithm;
    private final Cohort cohort;

    DemoStudy(String id, String algorithm, Cohort cohort) {
        this.id = id;
        this.algorithm = algorithm;
        this.cohort = cohort;
    }

    public String id() {
        return id;
    }

    public String algorithm() {
        return algorithm;
    }

    public Cohort cohort() {
        return cohort;
    }

    /** The study by id, e.g. {@code lung-cox}. */
    public static DemoStudy byId(String id) {
        for (DemoStudy s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "no demo study '" + id + "'; there are lung-cox, breast-cox, breast-km," + " breast-logrank");
    }

    /** The breast studies' grid: 240 months of 365.25 / 12 days. */
    public static TimeGrid breastGrid() {
        return new TimeGrid(TimeGrid.MONTH_DAYS, BREAST_GRID_MONTHS);
    }

    /** The study as a JSON file holds it: {@code {"study_id", "algorithm", "parameters"}}. */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        return DemoFiles.shape(this);
    }

    /** The study as submitted: its id, algorithm and parameters. */
    public StudyParameters parameters() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode p = json.objectNode();
        p.put("time", "time");
        switch (this) {
            case LUNG_COX -> {
                p.put("event", "status");
                p.put("event_value", 2);
                p.putArray("covariates").add("age").add("sex").add("ph.ecog");
            }
            case BREAST_COX -> {
                p.put("event", "status");
                p.putArray("covariates")
                        .add("age")
                        .add("meno")
                        .add("size")
                        .add("grade")
                        .add("nodes")
                        .add("pgr")
                        .add("er")
                        .add("hormon");
                var size = p.putObject("levels").putArray("size");
                BreastCohort.SIZE_LEVELS.forEach(size::add);
            }
            case BREAST_KM, BREAST_LOGRANK -> {
                p.put("event", "status");
                p.put("group", "hormon");
                p.putArray("group_levels").add("0").add("1");
                ObjectNode grid = p.putObject("grid");
                grid.put("step", breastGrid().step());
                grid.put("points", breastGrid().points());
                if (this == BREAST_KM) {
                    p.put("conf_type", "log");
                } else {
                    p.put("rho", 0);
                }
            }
            default -> throw new IllegalStateException(name().toLowerCase(Locale.ROOT));
        }
        return new StudyParameters(id, algorithm, p);
    }
}
