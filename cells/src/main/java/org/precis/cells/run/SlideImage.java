package org.precis.cells.run;

import java.nio.file.Path;
import java.util.Optional;
import org.precis.cells.output.PixelRegion;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.imaging.tissue.TissueMask;
import org.precis.slide.PixelSize;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/** A slide (any format {@code Slides} opens) for a detection run; its default region is the tissue's bounding box. */
final class SlideImage implements DetectionImage {

    private final Slide slide;

    SlideImage(Slide slide) {
        this.slide = slide;
    }

    @Override
    public Path path() {
        return slide.path();
    }

    @Override
    public long width() {
        return level0().width();
    }

    @Override
    public long height() {
        return level0().height();
    }

    private SlideLevel level0() {
        return slide.levels().get(0);
    }

    @Override
    public Optional<Double> statedMpp() {
        return slide.pixelSize().map(PixelSize::mpp);
    }

    @Override
    public RgbImage overview(PixelRegion region, int maxSide) throws SlideException {
        double factor = Math.max(1.0, (double) Math.max(region.width(), region.height()) / maxSide);
        int width = (int) Math.max(1, Math.floor(region.width() / factor));
        int height = (int) Math.max(1, Math.floor(region.height() / factor));
        return slide.readRegion(
                new RegionRequest(region.x(), region.y(), width, height, Resolution.downsample(factor)));
    }

    @Override
    public PixelSource pixels(PixelRegion region, int downsample) {
        return new SlidePixels(slide, region, downsample);
    }

    @Override
    public Optional<PixelRegion> tissueBounds(double slideMpp) throws SlideException {
        TissueMask mask = new TissueDetector(TissueDetection.defaults()).detect(slide, slideMpp);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                if (mask.isTissue(x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return Optional.empty();
        }
        double scale = mask.downsample();
        long x0 = Math.max(0, (long) Math.floor(minX * scale));
        long y0 = Math.max(0, (long) Math.floor(minY * scale));
        long x1 = Math.min(width(), (long) Math.ceil((maxX + 1) * scale));
        long y1 = Math.min(height(), (long) Math.ceil((maxY + 1) * scale));
        return Optional.of(new PixelRegion(x0, y0, x1 - x0, y1 - y0));
    }

    @Override
    public String defaultRegionName() {
        return "tissue bounding box";
    }

    @Override
    public void close() {
        slide.close();
    }
}
