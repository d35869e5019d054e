package org.precis.embed.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.precis.embed.EncoderException;
import org.precis.embed.bag.BagProvenance;
import org.precis.embed.bag.FeatureBag;
import org.precis.embed.bag.FeatureBags;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Embeds slides into feature bags, one {@code <slide stem>.h5} per slide in an output folder,
 * so that an interrupted run can be started again: a bag is written whole or not at all (a
 * temporary file renamed), and a bag that is already there with the provenance this run would
 * give it (same slide bytes, model bytes, tile size, µm/px, tissue minimum and software version)
 * is kept without reading the slide's tiles.
 */
public final class SlideBags {

    private final SlideEmbedding embedding;
    private final TilePlanner planner;
    private final FeatureBags bags;
    private final String modelSha256;
    private final String softwareVersion;

    /**
     * @param modelSha256 SHA-256 of the encoder's model file ({@link Sha256#of})
     * @param softwareVersion the version written into every bag
     */
    public SlideBags(
            SlideEmbedding embedding,
            TilePlanner planner,
            FeatureBags bags,
            String modelSha256,
            String softwareVersion) {
        this.embedding = Objects.requireNonNull(embedding, "embedding");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.bags = Objects.requireNonNull(bags, "bags");
        this.modelSha256 = Objects.requireNonNull(modelSha256, "modelSha256");
        this.softwareVersion = Objects.requireNonNull(softwareVersion, "softwareVersion");
    }

    /** Where the bag of {@code slide} goes in {@code folder}: the slide's file name without its extension, {@code .h5}. */
    public static Path bagFile(Path folder, Path slide) {
        String name = slide.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return folder.resolve((dot > 0 ? name.substring(0, dot) : name) + ".h5");
    }

    /** The provenance a bag of a slide with these bytes gets from this run, before its skipped count is known. */
    public BagProvenance provenance(String slideSha256, TileSpec spec) {
        return new BagProvenance(
                embedding.encoder().descriptor().name(),
                Optional.of(modelSha256),
                spec.tileSizePx(),
                Optional.of(spec.targetMpp()),
                Optional.of(spec.minTissueFraction()),
                slideSha256,
                softwareVersion,
                Optional.empty());
    }

    /**
     * Embeds one slide into its bag in {@code folder}, or keeps the bag already there.
     *
     * @throws SlideException if the tissue mask cannot be read
     * @throws EncoderException if the model fails
     * @throws IOException if the slide cannot be hashed or the bag cannot be written
     */
    public SlideBagResult embed(
            Slide slide, TileSpec spec, Path folder, ExistingBags existing, EmbeddingListener listener)
            throws IOException, SlideException, EncoderException {
        Path target = bagFile(folder, slide.path());
        BagProvenance wanted = provenance(FileSha256.of(slide.path()), spec);
        if (existing == ExistingBags.KEEP_MATCHING && matches(target, wanted)) {
            return new SlideBagResult(slide.path(), target, SlideBagResult.Outcome.KEPT, Optional.empty());
        }
        return embed(slide, planner.plan(slide, spec), wanted, target, listener);
    }

    /**
     * Embeds the tiles of a plan made beforehand into the bag {@code target}, replacing it: for
     * measuring the tile pipeline apart from the tissue mask and the hashing.
     */
    public SlideBagResult embed(
            Slide slide, TilePlan plan, BagProvenance wanted, Path target, EmbeddingListener listener)
            throws IOException, EncoderException {
        BagCollector collector = new BagCollector(
                embedding.encoder().descriptor().outputDimension(),
                Math.min(plan.tiles().size(), 1 << 16));
        EmbeddingSummary summary = embedding.run(slide, plan, collector, listener);
        if (collector.count() == 0) {
            return new SlideBagResult(slide.path(), target, SlideBagResult.Outcome.NO_TILES, Optional.of(summary));
        }
        FeatureBag bag = collector.bag(wanted.withSkippedTiles(summary.tilesSkipped()));
        bags.write(bag, target);
        return new SlideBagResult(slide.path(), target, SlideBagResult.Outcome.WRITTEN, Optional.of(summary));
    }

    private boolean matches(Path target, BagProvenance wanted) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try {
            return bags.readProvenance(target).sameSourceAs(wanted);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged or foreign file under the bag's name is replaced, as an incomplete one would be.
            return false;
        }
    }
}
