package org.precis.slide.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.precis.slide.CorruptSlideException;

class OmeMetadataTest {

    private static final Path FILE = Path.of("slide.ome.tif");

    private static String pixels(String attributes) {
        return "<OME xmlns=\"http://www.openmicroscopy.org/Schemas/OME/2016-06\"><Image ID=\"Image:0\">"
                + "<Pixels ID=\"Pixels:0\" " + attributes + "/></Image></OME>";
    }

    @Test
    void convertsPixelSizeToMicrometres() throws CorruptSlideException {
        OmeMetadata ome = OmeMetadata.parse(
                FILE, pixels("PhysicalSizeX=\"250\" PhysicalSizeXUnit=\"nm\" PhysicalSizeY=\"0.25\""));
        assertThat(ome.pixelSize()).hasValueSatisfying(size -> {
            assertThat(size.mppX()).isEqualTo(0.25);
            assertThat(size.mppY()).isEqualTo(0.25);
        });
    }

    @Test
    void pixelSizeThatOverflowsInMicrometresIsAbsent() throws CorruptSlideException {
        OmeMetadata ome = OmeMetadata.parse(
                FILE,
                pixels(
                        "PhysicalSizeX=\"1e303\" PhysicalSizeXUnit=\"m\" PhysicalSizeY=\"1e303\" PhysicalSizeYUnit=\"m\""));
        assertThat(ome.pixelSize()).isEmpty();
    }

    @Test
    void xmlThatDoesNotParseNamesTheFile() {
        assertThatThrownBy(() -> OmeMetadata.parse(FILE, "<OME><Image>"))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining(FILE.toString());
    }
}
