package org.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grpc.StatusRuntimeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.study.StudySpecs;
import org.precis.io.json.JsonMappers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis federation submit study.yaml}: submit a study as its researcher and wait for the result. */
@Command(
        name = "submit",
        mixinStandardHelpOptions = true,
        description = "Submit a study to a coordinator over "
                + "mutual TLS with a researcher certificate and wait for its result.")
final class FederationSubmitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file (YAML).")
    Path studyFile;

    @Mixin
    ResearcherOptions researcher;

    @Option(
            names = "--timeout",
            defaultValue = "600",
            paramLabel = "SECONDS",
            description = "How long to wait for " + "the result (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--json", description = "Print the study's status and result as JSON.")
    boolean json;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "Training studies (fedavg, fedprox): where to write the trained patch classifier"
                    + " (default: STUDY-ID.model.json beside the study file); patches evaluate / predict and"
                    + " slide heatmap read it.")
    Path modelFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResearcherOptions.Address address = researcher.address();
        StudySpec study = new StudySpecs().read(studyFile);
        Clock clock = Clock.systemUTC();
        StudyStatus status;
        try (ResearcherClient client = researcher.connect(address, clock)) {
            client.submit(study);
            status = client.awaitEnd(study.studyId(), Duration.ofMillis(200), Duration.ofSeconds(timeoutSeconds));
        } catch (StatusRuntimeException e) {
            throw new IllegalStateException("the coordinator refused: "
                    + e.getStatus().getCode() + ": " + e.getStatus().getDescription());
        }
        java.util.Optional<Path> model = writeModel(status, study, clock);
        print(status, model, spec.commandLine().getOut());
        return status.getState() == StudyState.FINISHED ? 0 : ErrorReporter.INPUT_FAILURE;
    }

    /** The trained model's file, written when the study trained one. */
    private java.util.Optional<Path> writeModel(StudyStatus status, StudySpec study, Clock clock) throws Exception {
        if (status.getState() != StudyState.FINISHED || status.getResultJson().isEmpty()) {
            return java.util.Optional.empty();
        }
        JsonNode result = JsonMappers.compact().readTree(status.getResultJson().toByteArray());
        if (!result.has("head")) {
            return java.util.Optional.empty();
        }
        Path file = modelFile != null
                ? modelFile
                : studyFile.toAbsolutePath().resolveSibling(study.studyId() + ".model.json");
        new org.precis.learn.patch.PatchClassifiers()
                .write(
                        org.precis.federation.training.FederatedHeads.classifier(
                                result, study.studyId(), clock.instant(), PrecisCommand.VERSION),
                        file);
        return java.util.Optional.of(file);
    }

    private void print(StudyStatus status, java.util.Optional<Path> model, PrintWriter out) throws Exception {
        ObjectMapper mapper = JsonMappers.compact();
        JsonNode result = status.getResultJson().isEmpty()
                ? null
                : mapper.readTree(status.getResultJson().toByteArray());
        if (result instanceof ObjectNode trained && model.isPresent()) {
            // the head's thousands of numbers are in the model file
            trained.remove("head");
        }
        if (json) {
            ObjectNode node = mapper.createObjectNode();
            node.put("study", status.getStudyId());
            node.put("state", status.getState().name().toLowerCase(java.util.Locale.ROOT));
            node.put("rounds", status.getRounds());
            node.put("wall_ms", status.getWallMillis());
            status.getSitesList().forEach(node.putArray("sites")::add);
            if (result != null) {
                node.set("result", result);
            }
            model.ifPresent(file -> node.put("model", file.toString()));
            if (!status.getFailure().isEmpty()) {
                node.put("failure", status.getFailure());
            }
            new JsonPrinter().print(out, node);
        } else {
            out.printf(
                    "study %s %s after %d rounds (%d ms) over sites %s%n",
                    status.getStudyId(),
                    status.getState().name().toLowerCase(java.util.Locale.ROOT),
                    status.getRounds(),
                    status.getWallMillis(),
                    String.join(", ", status.getSitesList()));
            if (!status.getFailure().isEmpty()) {
                out.println("reason: " + status.getFailure());
            }
            model.ifPresent(file -> out.println("model: " + file));
            if (result != null) {
                new JsonPrinter().print(out, result);
            }
        }
        out.flush();
    }
}
