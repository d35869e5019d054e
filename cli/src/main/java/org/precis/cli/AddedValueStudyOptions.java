package org.precis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.precis.molecular.risk.AddedValue;
import org.precis.molecular.risk.AddedValueStudy;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.validation.SavedCoxModelFile;
import picocli.CommandLine.Option;

/**
 * The options {@code molecular added-value} and {@code molecular risk} share: the outcome, the base
 * model's covariates and the bootstrap; the covariates added ({@code --add}) differ by command.
 */
final class AddedValueStudyOptions {

    @Option(names = "--time", required = true, paramLabel = "COL", description = "Follow-up time column.")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COL", description = "Event column.")
    String event;

    @Option(
            names = "--clinical",
            required = true,
            split = ",",
            paramLabel = "A,B",
            description = "The base model's covariates.")
    List<String> clinical;

    @Option(
            names = "--bootstrap",
            defaultValue = "1000",
            paramLabel = "B",
            description = "Bootstrap resamples of the validation cohort (default ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(
            names = "--seed",
            defaultValue = "15",
            paramLabel = "S",
            description = "Seed of the bootstrap (default ${DEFAULT-VALUE}).")
    long seed;

    /** The clinical model. */
    DesignSpec base() {
        return design(clinical);
    }

    /** The clinical model with {@code add}. */
    DesignSpec extended(List<String> add) {
        List<String> all = new ArrayList<>(clinical);
        all.addAll(add);
        return design(all);
    }

    /** A study with its own bootstrap stream from {@code --seed}. */
    AddedValueStudy study() {
        return new AddedValueStudy(bootstrap, new Random(seed));
    }

    private DesignSpec design(List<String> covariates) {
        return CoxDesign.builder()
                .time(time)
                .event(event)
                .covariates(covariates)
                .spec();
    }

    /** Writes base{suffix}.json and extended{suffix}.json into {@code folder} (created). */
    static void save(AddedValue value, Path folder, String suffix) throws IOException {
        Files.createDirectories(folder);
        new SavedCoxModelFile().write(value.baseModel(), folder.resolve("base" + suffix + ".json"));
        new SavedCoxModelFile().write(value.extendedModel(), folder.resolve("extended" + suffix + ".json"));
    }
}
