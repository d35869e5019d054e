package org.precis.store;

import static org.precis.store.CaseFixtures.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.precis.store.models.NewModelVersion;
import org.precis.store.models.PrivacySpent;
import org.precis.store.models.TrainingData;
import org.precis.store.models.TrainingSite;

/** Model versions to register in the registry's tests: small stand-ins for patch classifier files. */
final class ModelFixtures {
    static final String SITE_A_SHA256 = "a".repeat(64);
    static final String SITE_B_SHA256 = "b".repeat(64);

    private ModelFixtures() {}

    /** A file's bytes that differ with {@code tag}. */
    static byte[] file(String tag) {
        return ("{\"format\": \"precis-patch-classifier/1\", \"tag\": \"" + tag + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A version of {@code name} trained federatedly at two sites, with the given parent and file. */
    static NewModelVersion federated(String name, Optional<Integer> parent, byte[] file) {
        return new NewModelVersion(
                name,
                parent,
                "lung-subtype",
                "research use: lung adenocarcinoma vs squamous cell carcinoma on H&E tiles",
                new TrainingData(
                        List.of(
                                new TrainingSite("site-a", 1200, SITE_A_SHA256),
                                new TrainingSite("site-b", 800, SITE_B_SHA256)),
                        json("{\"tile_px\": 224, \"mpp\": 0.5, \"encoder\": \"mobilenet_v2\"}")),
                Optional.of("study-7"),
                12,
                Optional.of(new PrivacySpent(3.5, 1e-5)),
                "Apache-2.0",
                file);
    }

    /** A version trained outside a study: no sites, no privacy budget. */
    static NewModelVersion local(String name, byte[] file) {
        return new NewModelVersion(
                name,
                Optional.empty(),
                "tumour-vs-normal",
                "research use only",
                TrainingData.unrecorded(),
                Optional.empty(),
                0,
                Optional.empty(),
                "unspecified",
                file);
    }
}
