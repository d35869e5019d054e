package org.precis.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.embed.patches.PatchInputException;
import org.precis.io.json.JsonMappers;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.store.Store;
import org.precis.store.models.ModelVersion;
import org.precis.store.models.NewModelVersion;
import org.precis.store.models.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis models register FILE --name NAME ...}: a model trained outside a federated study. */
@Command(
        name = "register",
        mixinStandardHelpOptions = true,
        description = "Register a patch classifier (from patches train) as the next version of a model, a"
                + " candidate until promoted. For models trained outside a federated study.")
final class ModelsRegisterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The patch classifier's JSON file.")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The model's name.")
    String name;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "What it predicts.")
    String task;

    @Option(names = "--intended-use", required = true, paramLabel = "TEXT", description = "Who may use it for what.")
    String intendedUse;

    @Option(names = "--parent", paramLabel = "V", description = "The version of the same model it was trained from.")
    Integer parent;

    @Option(
            names = "--training-data",
            paramLabel = "JSON_FILE",
            description = "The training data: {\"sites\": [{\"site\": .., \"count\": .., \"data_sha256\": ..}],"
                    + " \"recipe\": {..}} (default: not recorded).")
    Path trainingData;

    @Option(
            names = "--encoder-licence",
            paramLabel = "LICENCE",
            defaultValue = "unspecified",
            description = "The licence of the encoder its features come from (default: ${DEFAULT-VALUE}).")
    String encoderLicence;

    @Option(
            names = "--as",
            required = true,
            paramLabel = "USER",
            description = "Who registers it (researcher or" + " administrator).")
    String user;

    @Option(names = "--json", description = "Print the registered version as JSON.")
    boolean json;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        new PatchClassifiers().read(file); // a file that is not a patch classifier is refused, naming it
        byte[] bytes = Files.readAllBytes(file);
        NewModelVersion model = new NewModelVersion(
                name,
                Optional.ofNullable(parent),
                task,
                intendedUse,
                trainingData == null ? TrainingData.unrecorded() : trainingData(trainingData),
                Optional.empty(),
                0,
                Optional.empty(),
                encoderLicence,
                bytes);
        ModelVersion registered;
        try (Store store = storeOptions.open()) {
            registered = store.models().register(model, ActingUser.of(store, user));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, ModelsJson.version(registered));
            return 0;
        }
        out.printf(
                "registered %s v%d (candidate), sha256 %s%n",
                registered.name(), registered.version(), registered.fileSha256());
        out.flush();
        return 0;
    }

    private static TrainingData trainingData(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PatchInputException(file, "training data file not found");
        }
        try {
            TrainingData data = JsonMappers.snakeCase().readValue(file.toFile(), TrainingData.class);
            if (data == null) {
                throw new PatchInputException(file, "no training data in the file");
            }
            return data;
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
            String reason =
                    cause instanceof JsonProcessingException json ? json.getOriginalMessage() : cause.getMessage();
            throw new PatchInputException(
                    file,
                    "not training data JSON: " + reason.lines().findFirst().orElse(""),
                    e);
        }
    }
}
