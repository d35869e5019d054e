package org.precis.report.figure;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.precis.io.file.AtomicFile;
import org.w3c.dom.Document;

/**
 * Writes a figure as SVG (scalable, text kept as text, so a report or a journal can use it at any
 * size) through {@link AtomicFile}. The drawing is the figure's own {@link Figure#paint}, the same
 * as the PNG's.
 */
public final class SvgFile {

    private SvgFile() {}

    public static void write(Figure figure, Path target) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder available", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Precis figure");
        context.setEmbeddedFontsOn(false);
        context.setImageHandler(new EmbeddedPng());
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new java.awt.Dimension(figure.width(), figure.height()));
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, figure.width(), figure.height());
        figure.paint(graphics);
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            graphics.stream(writer, true);
            writer.flush();
        });
        graphics.dispose();
    }
}
