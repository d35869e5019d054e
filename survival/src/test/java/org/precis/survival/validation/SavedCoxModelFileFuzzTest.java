package org.precis.survival.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Arbitrary bytes as a saved model file: only IllegalArgumentException may escape, naming the source. */
class SavedCoxModelFileFuzzTest {
    private final SavedCoxModelFile files = new SavedCoxModelFile();

    @FuzzTest(maxDuration = "5s")
    void savedModelParserRaisesOnlyIllegalArgument(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            SavedCoxModel model = files.parse(bytes, "fuzz.json");
            model.linearPredictor(new double[model.coefficients().size()]);
        } catch (IllegalArgumentException expected) {
            // bad input is reported, never a crash of another kind
        }
    }
}
