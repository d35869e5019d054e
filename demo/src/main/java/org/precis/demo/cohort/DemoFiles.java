package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;

/**
 * The demo as files for the site and coordinator processes: {@code lung/lung-a.csv},
 * {@code lung/lung-b.csv}, {@code lung/lung-c.csv}, {@code breast/rotterdam.csv},
 * {@code breast/gbsg.csv}, and {@code studies/ID.json} per demo study ({@code study_id},
 * {@code algorithm}, {@code parameters}), each written to a temporary file and renamed.
 */
public final class DemoFiles {
    private static final ObjectMapper JSON = JsonMappers.indented();

    /**
     * Where the files went.
     *
     * @param siteTables CSV per site name
     * @param studies JSON per study id
     */
    public record Layout(Map<String, Path> siteTables, Map<String, Path> studies) {
        public Layout {
            siteTables = Map.copyOf(siteTables);
            studies = Map.copyOf(studies);
        }
    }

    private DemoFiles() {}

    public static Layout write(DemoCohorts cohorts, Path folder) throws IOException {
        Map<String, Path> tables = new LinkedHashMap<>();
        tables.putAll(SiteTables.writeCsv(cohorts.lungSites(), folder.resolve("lung")));
        tables.putAll(SiteTables.writeCsv(cohorts.breastSites(), folder.resolve("breast")));
        Path studyFolder = Files.createDirectories(folder.resolve("studies"));
        Map<String, Path> studies = new LinkedHashMap<>();
        for (DemoStudy study : DemoStudy.values()) {
            Path file = studyFolder.resolve(study.id() + ".json");
            AtomicFile.writeString(file, JSON.writeValueAsString(study.toJson()) + "\n");
            studies.put(study.id(), file);
        }
        return new Layout(tables, studies);
    }

    /** A study as its file holds it: {@code {"study_id", "algorithm", "parameters"}}. */
    static ObjectNode shape(DemoStudy study) {
        ObjectNode out = JSON.createObjectNode();
        out.put("study_id", study.id());
        out.put("algorithm", study.algorithm());
        out.set("parameters", study.parameters().parameters());
        return out;
    }
}
