package org.precis.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.precis.io.json.JsonMappers;
import org.precis.store.cases.AnalysisRecord;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewAnalysis;
import org.precis.store.cases.NewCase;
import org.precis.store.cases.SlideRef;

/** A breast case with one slide and a Ki67 and a grade analysis, as the demo would record them. */
final class CaseFixtures {
    static final ObjectMapper JSON = JsonMappers.compact();
    static final String SLIDE_SHA256 = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

    private CaseFixtures() {}

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    record BreastCase(CaseRecord record, AnalysisRecord ki67, AnalysisRecord grade) {
        String id() {
            return record.caseId();
        }
    }

    static BreastCase breastCase(Store store) {
        CaseRecord record = store.cases()
                .create(new NewCase(
                        "P-7f3a",
                        "left breast core biopsy",
                        json("{\"size_mm\": 22, \"nodes\": 1, \"grade\": 2, \"age\": 57, \"er\": \"positive\"}")));
        store.cases().addSlide(record.caseId(), new SlideRef("S1", "breast/CMU-1.svs", "H&E block A1", SLIDE_SHA256));
        JsonNode provenance = json("{\"software\": \"precis 0.1.0\", \"model\": {\"id\": \"ki67-detector\","
                + " \"sha256\": \"" + "ab".repeat(32) + "\"}, \"slide_sha256\": \"" + SLIDE_SHA256 + "\","
                + " \"parameters\": {\"mpp\": 0.5}}");
        AnalysisRecord ki67 = store.cases()
                .recordAnalysis(
                        record.caseId(),
                        new NewAnalysis(
                                "ki67",
                                Optional.of("S1"),
                                json("{\"ki67_index\": 0.23, \"positive\": 230, \"negative\": 770}"),
                                provenance));
        AnalysisRecord grade = store.cases()
                .recordAnalysis(
                        record.caseId(),
                        new NewAnalysis(
                                "grade",
                                Optional.of("S1"),
                                json("{\"tubules\": 3, \"pleomorphism\": 2, \"mitoses\": 1}"),
                                provenance));
        return new BreastCase(record, ki67, grade);
    }
}
