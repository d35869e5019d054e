package org.precis.embed.bag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class FeatureBagRoundTripPropertyTest {

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("feature-bags");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** Any floats (NaN, infinities and signed zeros included) and any coordinates come back bit for bit. */
    @Property(tries = 40)
    void everyBagReadsBackAsWritten(
            @ForAll @IntRange(min = 1, max = 40) int count,
            @ForAll @IntRange(min = 1, max = 70) int dimension,
            @ForAll long seed,
            @ForAll boolean withMpp)
            throws IOException {
        Random random = new Random(seed);
        float[] features = new float[count * dimension];
        for (int i = 0; i < features.length; i++) {
            features[i] = Float.intBitsToFloat(random.nextInt());
        }
        long[] coords = new long[2 * count];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = random.nextLong();
        }
        String sha = String.format("%064x", new java.math.BigInteger(256, random));
        FeatureBag bag = new FeatureBag(
                count,
                dimension,
                features,
                coords,
                new BagProvenance(
                        "encoder-" + seed,
                        1 + random.nextInt(4096),
                        withMpp ? Optional.of(0.1 + random.nextDouble()) : Optional.empty(),
                        sha,
                        "v" + random.nextInt()));
        Path file = folder.resolve("bag.h5");
        FeatureBags bags = new FeatureBags();

        bags.write(bag, file);

        assertThat(bags.read(file)).isEqualTo(bag);
    }
}
