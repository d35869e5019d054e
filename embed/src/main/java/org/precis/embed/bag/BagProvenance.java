package org.precis.embed.bag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.precis.io.file.Sha256Hex;
import org.precis.io.provenance.Provenance;
import org.precis.io.provenance.Traceable;

/**
 * Where a feature bag came from: the encoder and the SHA-256 of its model file, the tile size in
 * pixels fed to it, the µm/px the tiles were read at (empty when the slide states none), the
 * least tissue fraction a tile needed to be kept, the slide file's SHA-256, the version of the
 * software that wrote the bag and how many tiles could not be read and were left out.
 *
 * <p>The model hash, the tissue fraction and the skipped count are empty in bags written by other
 * tools, which do not record them.
 */
public record BagProvenance(
        String encoder,
        Optional<String> modelSha256,
        int tileSizePx,
        Optional<Double> targetMpp,
        Optional<Double> minTissueFraction,
        String slideSha256,
        String softwareVersion,
        Optional<Long> skippedTiles)
        implements Traceable {

    public BagProvenance {
        if (encoder == null || encoder.isBlank()) {
            throw new IllegalArgumentException("encoder name is missing");
        }
        Objects.requireNonNull(modelSha256, "modelSha256");
        modelSha256 = modelSha256.map(hash -> Sha256Hex.require("model", hash));
        if (tileSizePx <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx);
        }
        Objects.requireNonNull(targetMpp, "targetMpp");
        if (targetMpp.isPresent() && !(targetMpp.get() > 0 && Double.isFinite(targetMpp.get()))) {
            throw new IllegalArgumentException("target µm/px must be positive: " + targetMpp.get());
        }
        Objects.requireNonNull(minTissueFraction, "minTissueFraction");
        if (minTissueFraction.isPresent() && !(minTissueFraction.get() >= 0 && minTissueFraction.get() <= 1)) {
            throw new IllegalArgumentException("minimum tissue fraction must be in [0, 1]: " + minTissueFraction.get());
        }
        slideSha256 = Sha256Hex.require("slide", slideSha256);
        if (softwareVersion == null || softwareVersion.isBlank()) {
            throw new IllegalArgumentException("software version is missing");
        }
        Objects.requireNonNull(skippedTiles, "skippedTiles");
        if (skippedTiles.isPresent() && skippedTiles.get() < 0) {
            throw new IllegalArgumentException("skipped tiles must be >= 0: " + skippedTiles.get());
        }
    }

    /** The provenance other tools record: no model hash, tissue fraction or skipped count. */
    public BagProvenance(
            String encoder, int tileSizePx, Optional<Double> targetMpp, String slideSha256, String softwareVersion) {
        this(
                encoder,
                Optional.empty(),
                tileSizePx,
                targetMpp,
                Optional.empty(),
                slideSha256,
                softwareVersion,
                Optional.empty());
    }

    /** The same provenance with another count of skipped tiles. */
    public BagProvenance withSkippedTiles(long skipped) {
        return new BagProvenance(
                encoder,
                modelSha256,
                tileSizePx,
                targetMpp,
                minTissueFraction,
                slideSha256,
                softwareVersion,
                Optional.of(skipped));
    }

    /**
     * Whether a bag with this provenance was made from the same slide, model and settings as
     * {@code wanted}: everything but the skipped count, which is an outcome, not a setting.
     */
    public boolean sameSourceAs(BagProvenance wanted) {
        return withoutSkipped().equals(wanted.withoutSkipped());
    }

    /** The slide and (when recorded) the model as inputs; the encoder and tile settings as parameters. */
    @Override
    public Provenance common() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("slide", slideSha256);
        modelSha256.ifPresent(hash -> inputs.put("model", hash));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("encoder", encoder);
        parameters.put("tile_size_px", tileSizePx);
        targetMpp.ifPresent(mpp -> parameters.put("target_mpp", mpp));
        minTissueFraction.ifPresent(fraction -> parameters.put("min_tissue_fraction", fraction));
        skippedTiles.ifPresent(skipped -> parameters.put("skipped_tiles", skipped));
        return new Provenance(softwareVersion, Optional.empty(), inputs, parameters);
    }

    private BagProvenance withoutSkipped() {
        return new BagProvenance(
                encoder,
                modelSha256,
                tileSizePx,
                targetMpp,
                minTissueFraction,
                slideSha256,
                softwareVersion,
                Optional.empty());
    }
}
