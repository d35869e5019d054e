package org.precis.demo.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.precis.slide.Slides;

/**
 * The demo on the sample data ({@code DATA/samples}): its sections, planned from what the
 * sample slides state (their size, their pixel size), writing into one output folder.
 */
public final class SampleDemo {
    private final Path data;
    private final Path output;
    private final EchoedCommand echo;
    private final WorkstationSection workstation;

    /**
     * @param data the data folder holding {@code samples/} and {@code models/}
     * @param output the folder the demo writes into
     * @param echo how the notes write the commands they suggest
     */
    public SampleDemo(Path data, Path output, EchoedCommand echo) {
        this.data = data;
        this.output = output;
        this.echo = echo;
        this.workstation = new WorkstationSection(data, output);
    }

    /**
     * Creates the output folder, writes the tables the survival part reads, and plans the sections;
     * fails when there are no sample slides.
     */
    public List<DemoSection> prepare(Slides slides) throws IOException {
        Path wsi = data.resolve("samples").resolve("wsi");
        List<SampleSlide> sampleSlides = SampleSlide.readAll(wsi, slides);
        if (sampleSlides.isEmpty()) {
            throw new IOException("no sample slides in " + wsi);
        }
        Files.createDirectories(output);
        SurvivalSection survival = new SurvivalSection(data, output);
        survival.writeTables();
        return List.of(
                SlidesSection.of(sampleSlides, output),
                new PathologySection(data, output, echo).of(sampleSlides),
                CellsSection.of(data, output),
                IhcSection.of(data, output),
                survival.of(),
                MolecularSection.of(data, output),
                FederationSection.of(data, output),
                workstation.prepare());
    }

    /** What to do after the demo has run: open its workstation store in the browser. */
    public String afterwards() {
        return workstation.afterwards(echo);
    }
}
