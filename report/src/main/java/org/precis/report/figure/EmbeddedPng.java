package org.precis.report.figure;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds a figure's raster images (a slide region under an overlay) in its SVG as base64 PNG,
 * encoded with the JDK's PNG writer: Batik's own encoder needs a codec module that is not shipped.
 */
final class EmbeddedPng extends ImageHandlerBase64Encoder {

    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new SVGGraphics2DIOException("no PNG writer for an image embedded in an SVG figure");
            }
        } catch (IOException e) {
            throw new SVGGraphics2DIOException(e);
        }
    }
}
