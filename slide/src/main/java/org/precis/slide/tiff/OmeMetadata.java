package org.precis.slide.tiff;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.PixelSize;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What Precis takes from OME-XML: the first image's physical pixel size (converted to µm from
 * whatever unit it names) and its objective's nominal magnification. The parser refuses DTDs and
 * external entities: the XML comes from an untrusted file.
 */
record OmeMetadata(Optional<PixelSize> pixelSize, OptionalDouble nominalMagnification, Map<String, String> properties) {

    static OmeMetadata parse(Path path, String xml) throws CorruptSlideException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CorruptSlideException(path, null, "OME-XML does not parse: " + e.getMessage(), e);
        }
        Element pixels = first(document, "Pixels");
        Map<String, String> properties = new LinkedHashMap<>();
        Optional<PixelSize> pixelSize = Optional.empty();
        if (pixels != null) {
            OptionalDouble x = micrometres(pixels, "PhysicalSizeX");
            OptionalDouble y = micrometres(pixels, "PhysicalSizeY");
            for (String attribute : new String[] {
                "PhysicalSizeX",
                "PhysicalSizeXUnit",
                "PhysicalSizeY",
                "PhysicalSizeYUnit",
                "SizeX",
                "SizeY",
                "SizeC",
                "SizeZ",
                "SizeT",
                "Type"
            }) {
                if (pixels.hasAttribute(attribute)) {
                    properties.put("ome." + attribute, pixels.getAttribute(attribute));
                }
            }
            if (x.isPresent() && y.isPresent() && x.getAsDouble() > 0 && y.getAsDouble() > 0) {
                pixelSize = Optional.of(new PixelSize(x.getAsDouble(), y.getAsDouble()));
            }
        }
        OptionalDouble magnification = OptionalDouble.empty();
        Element objective = first(document, "Objective");
        if (objective != null && objective.hasAttribute("NominalMagnification")) {
            magnification = number(objective.getAttribute("NominalMagnification"));
            properties.put("ome.NominalMagnification", objective.getAttribute("NominalMagnification"));
        }
        Element root = document.getDocumentElement();
        Optional<String> creator =
                root.hasAttribute("Creator") ? Optional.of(root.getAttribute("Creator")) : Optional.empty();
        creator.ifPresent(c -> properties.put("ome.Creator", c));
        return new OmeMetadata(pixelSize, magnification, properties);
    }

    private static Element first(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static OptionalDouble micrometres(Element pixels, String attribute) {
        if (!pixels.hasAttribute(attribute)) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = number(pixels.getAttribute(attribute));
        if (value.isEmpty()) {
            return value;
        }
        String unit = pixels.hasAttribute(attribute + "Unit") ? pixels.getAttribute(attribute + "Unit") : "µm";
        double factor = switch (unit) {
            case "µm", "um", "\u03bcm", "micron" -> 1;
            case "nm" -> 1e-3;
            case "mm" -> 1e3;
            case "cm" -> 1e4;
            case "m" -> 1e6;
            case "pm" -> 1e-6;
            default -> Double.NaN;
        };
        // A huge size in metres overflows to infinity in µm: no usable pixel size, like an unknown unit.
        double micrometres = value.getAsDouble() * factor;
        return Double.isFinite(micrometres) ? OptionalDouble.of(micrometres) : OptionalDouble.empty();
    }

    private static OptionalDouble number(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
