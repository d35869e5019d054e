package org.precis.slide.dicom;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared sample data: system property {@code precis.data} (set by Surefire), else
 * environment {@code PRECIS_DATA}, else {@code ../shared} beside the checkout.
 */
final class SampleData {

    static final String DICOM_SAMPLE = "samples/wsi/pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm";

    private SampleData() {
    }

    static Path root() {
        String property = System.getProperty("precis.data");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("PRECIS_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        // tests run in slide/, the checkout's module folder
        Path here = Path.of("").toAbsolutePath();
        Path repo = Files.exists(here.resolve("slide")) ? here : here.getParent();
        return repo.resolveSibling("shared");
    }

    static Path dicomSample() {
        return root().resolve(DICOM_SAMPLE);
    }
}
