package org.precis.slide.openslide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;
import org.precis.slide.codec.Codecs;
import org.precis.slide.spi.ReadLimits;

/** Many threads reading one OpenSlide handle get what one thread gets. */
class OpenSlideConcurrencyTest {

    private static final int THREADS = 8;
    private static final int READS_PER_THREAD = 24;

    @BeforeEach
    void needsOpenSlide() {
        OpenSlideInstalled.require();
    }

    @Test
    void eightThreadsReadTheSamePixelsAsOne() throws Exception {
        // no tile cache, so that every read reaches OpenSlide
        try (Slides slides = new Slides(
                        Codecs.system(ReadLimits.DEFAULT.maxTilePixels()),
                        0,
                        ReadLimits.DEFAULT,
                        Slides.installedFormats());
                Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region_pyramid_jpeg.tif"), "openslide")) {
            List<RegionRequest> requests = randomRequests(slide, new Random(20240611L), THREADS * READS_PER_THREAD);
            List<RgbImage> expected = new ArrayList<>();
            for (RegionRequest request : requests) {
                expected.add(slide.readRegion(request));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<RgbImage>>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int first = t * READS_PER_THREAD;
                    Callable<List<RgbImage>> reads = () -> {
                        List<RgbImage> images = new ArrayList<>();
                        // each thread walks its own slice, then the rest, so threads overlap on regions too
                        for (int i = 0; i < requests.size(); i += 4) {
                            images.add(slide.readRegion(requests.get((first + i) % requests.size())));
                        }
                        return images;
                    };
                    results.add(pool.submit(reads));
                }
                for (int t = 0; t < THREADS; t++) {
                    List<RgbImage> images = results.get(t).get();
                    int first = t * READS_PER_THREAD;
                    for (int k = 0; k < images.size(); k++) {
                        int index = (first + 4 * k) % requests.size();
                        assertThat(images.get(k))
                                .as("thread %d, %s", t, requests.get(index))
                                .isEqualTo(expected.get(index));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Regions at stored levels and at downsamples between them, some reaching past the edge. */
    private static List<RegionRequest> randomRequests(Slide slide, Random random, int count) {
        SlideLevel base = slide.levels().get(0);
        List<RegionRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long x = random.nextLong(-100, base.width());
            long y = random.nextLong(-100, base.height());
            int width = 1 + random.nextInt(400);
            int height = 1 + random.nextInt(400);
            Resolution resolution = random.nextBoolean()
                    ? Resolution.level(random.nextInt(slide.levels().size()))
                    : Resolution.downsample(1 + 15 * random.nextDouble());
            requests.add(new RegionRequest(x, y, width, height, resolution));
        }
        return requests;
    }
}
