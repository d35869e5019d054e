package org.precis.report.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.report.figure.FigureFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KaplanMeierChartFilesTest {

    @TempDir
    Path folder;

    @Test
    void anSvgHasTheFiguresSizeAndKeepsItsTextAsText() throws Exception {
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.DAYS);
        Path svg = folder.resolve("km.svg");

        FigureFile.write(chart, svg);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the SVG 1.0 DOCTYPE names a DTD on the web; this machine is offline
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(chart.width()));
        assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(chart.height()));
        NodeList texts = document.getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent().strip());
        }
        assertThat(words).contains("sex=1", "sex=2", "Time (days)");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(svg);
        }
    }

    @Test
    void aPngNameGivesAPngOfTheSameFigure() throws Exception {
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.DAYS);
        Path png = folder.resolve("km.PNG");

        FigureFile.write(chart, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(chart.width());
        assertThat(image.getHeight()).isEqualTo(chart.height());
    }

    @Test
    void anotherExtensionIsRefusedNamingTheFileBeforeAnythingIsWritten() throws Exception {
        KaplanMeierChart chart = KaplanMeierChart.byGroup("lung", "sex", LungCurves.bySex(), TimeUnit.DAYS);
        Path pdf = folder.resolve("km.pdf");

        assertThatThrownBy(() -> FigureFile.write(chart, pdf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(pdf + ": a figure is written as .png or .svg");
        assertThat(pdf).doesNotExist();
    }
}
