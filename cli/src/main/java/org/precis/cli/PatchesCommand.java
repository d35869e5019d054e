package org.precis.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code precis patches}: patch classifiers on embedded patch sets. */
@Command(name = "patches", mixinStandardHelpOptions = true,
        description = "Train, evaluate and apply patch classifiers (for example lung cancer subtypes).",
        subcommands = {PatchesTrainCommand.class, PatchesEvaluateCommand.class, PatchesPredictCommand.class,
            PatchesAblationCommand.class})
final class PatchesCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return MissingVerb.report(spec);
    }

    /** Reads patch sets given as folders (holding {@code patches.h5}) or files. */
    static List<PatchSet> readPatchSets(List<Path> locations) throws IOException {
        PatchSets reader = new PatchSets();
        List<PatchSet> sets = new ArrayList<>();
        for (Path location : locations) {
            Path file = Files.isDirectory(location) ? location.resolve(EmbedPatchesRun.PATCH_SET_FILE) : location;
            if (!Files.isRegularFile(file)) {
                throw new PatchInputException(location, "no patch set there (expected a folder holding "
                        + EmbedPatchesRun.PATCH_SET_FILE + " or an .h5 file)");
            }
            sets.add(reader.read(file));
        }
        return sets;
    }
}
