package org.precis.slide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads reading one slide through a shared, small cache get exactly the pixels one thread
 * gets with no cache at all, and the cache stays within its bound.
 */
class ConcurrentReadsTest {

    private static final long CACHE_BYTES = 2L << 20;

    private static List<RegionRequest> randomRequests(Slide slide, int count) {
        Random random = new Random(7);
        List<RegionRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SlideLevel base = slide.levels().get(0);
            long x = random.nextInt((int) base.width());
            long y = random.nextInt((int) base.height());
            int width = 1 + random.nextInt(300);
            int height = 1 + random.nextInt(300);
            Resolution resolution = switch (random.nextInt(3)) {
                case 0 -> Resolution.level(random.nextInt(slide.levels().size()));
                case 1 -> Resolution.downsample(1 + 7 * random.nextDouble());
                default -> Resolution.level(0);
            };
            requests.add(new RegionRequest(x, y, width, height, resolution));
        }
        return requests;
    }

    @Test
    void eightThreadsReadWhatOneThreadReads() throws Exception {
        Path file = SampleData.slide("CMU-1-Small-Region_pyramid_jpeg.tif");
        List<RegionRequest> requests;
        List<RgbImage> expected = new ArrayList<>();
        try (Slides uncached = Slides.withCache(0);
                Slide slide = uncached.open(file)) {
            requests = randomRequests(slide, 400);
            for (RegionRequest request : requests) {
                expected.add(slide.readRegion(request));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Slides shared = Slides.withCache(CACHE_BYTES);
                Slide slide = shared.open(file)) {
            List<Future<RgbImage>> results = new ArrayList<>();
            for (RegionRequest request : requests) {
                results.add(pool.submit(() -> slide.readRegion(request)));
            }
            for (int i = 0; i < requests.size(); i++) {
                assertThat(results.get(i).get())
                        .as("request %s", requests.get(i))
                        .isEqualTo(expected.get(i));
            }
            assertThat(shared.cachedBytes()).isPositive().isLessThanOrEqualTo(CACHE_BYTES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingASlideDropsItsTilesFromTheSharedCache() throws Exception {
        try (Slides shared = Slides.withCache(64L << 20)) {
            try (Slide slide = shared.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
                slide.readRegion(RegionRequest.atLevel(0, 100, 100, 300, 300));
                assertThat(shared.cachedBytes()).isPositive();
            }
            assertThat(shared.cachedBytes()).isZero();
        }
    }
}
