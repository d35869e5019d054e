package org.precis.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.precis.casework.CaseWork;
import org.precis.io.json.JsonMappers;
import org.precis.slide.Slides;
import org.precis.store.Store;
import org.precis.store.cases.CaseRecord;
import org.precis.store.cases.NewCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis cases add}: a new case with its clinical data and slides. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Add a case: a pseudonymous patient id, the specimen, clinical data and slides from the"
                + " slide folders (each slide's SHA-256 recorded). Prints the case id.")
final class CasesAddCommand implements Callable<Integer> {

    @Option(names = "--id", paramLabel = "ID", description = "The case id (default: the next C-NNNN).")
    String id;

    @Option(
            names = "--patient",
            required = true,
            paramLabel = "PSEUDONYM",
            description = "The patient's pseudonym (never a name).")
    String patient;

    @Option(
            names = "--specimen",
            required = true,
            paramLabel = "TEXT",
            description = "The specimen, e.g. 'Left breast, core biopsy'.")
    String specimen;

    @Option(
            names = "--clinical",
            paramLabel = "COLUMN=VALUE",
            split = ",",
            description = "Clinical data as column=value (numbers stay numbers), e.g. size_mm=22,nodes=2,grade=3.")
    Map<String, String> clinical = new LinkedHashMap<>();

    @Option(names = "--slide", paramLabel = "SLIDE_ID", description = "A slide id from the slide folders (repeatable).")
    List<String> slideIds = new ArrayList<>();

    @Mixin
    SlideFoldersOption slideFolders;

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        clinical.forEach((column, value) -> {
            try {
                values.put(column, Double.parseDouble(value));
            } catch (NumberFormatException e) {
                values.put(column, value);
            }
        });
        try (Store store = storeOptions.open();
                Slides engine = Slides.withCache(0)) {
            CaseRecord record = store.cases().create(new NewCase(Optional.ofNullable(id), patient, specimen, values));
            CaseWork work = new CaseWork(
                    store.cases(),
                    slideFolders.library(),
                    engine,
                    "precis " + PrecisCommand.VERSION,
                    JsonMappers.compact());
            for (String slideId : slideIds) {
                work.addSlide(record.caseId(), slideId);
            }
            store.audit()
                    .append(
                            "cli",
                            "case-added",
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("case", record.caseId())
                                    .put("slides", slideIds.size()));
            spec.commandLine().getOut().println(record.caseId());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
