package org.precis.demo.cohort;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.precis.survival.data.SurvivalTable;

/**
 * The demo's cohorts, read from a folder holding the R survival package's clinical tables
 * ({@code PRECIS_DATA/samples/clinical}): the lung table split across three sites, and Rotterdam
 * and GBSG harmonised as two breast cancer sites. The caller says where the folder is.
 */
public final class DemoCohorts {
    private final Path clinicalFolder;

    public DemoCohorts(Path clinicalFolder) {
        this.clinicalFolder = clinicalFolder;
    }

    /** Sites {@code lung-a}, {@code lung-b}, {@code lung-c}. */
    public Map<String, SurvivalTable> lungSites() throws IOException {
        return LungCohort.sites(SurvivalTable.readCsv(clinicalFolder.resolve(LungCohort.FILE)));
    }

    /** Sites {@code rotterdam} and {@code gbsg}, harmonised. */
    public Map<String, SurvivalTable> breastSites() throws IOException {
        return BreastCohort.sites(
                SurvivalTable.readCsv(clinicalFolder.resolve(BreastCohort.ROTTERDAM_FILE)),
                SurvivalTable.readCsv(clinicalFolder.resolve(BreastCohort.GBSG_FILE)));
    }

    /** The site tables of a study's cohort. */
    public Map<String, SurvivalTable> sites(DemoStudy study) throws IOException {
        return switch (study.cohort()) {
            case LUNG -> lungSites();
            case BREAST -> breastSites();
        };
    }
}
