package org.precis.casework.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.precis.io.json.JsonMappers;

/** The share of a patch inside an annotation, on shapes whose answer is known by hand. */
class AnnotatedAreaTest {

    private static final ObjectMapper JSON = JsonMappers.compact();

    @Test
    void aSquareWithAHoleCoversWhatLiesOutsideTheHole() throws Exception {
        AnnotatedArea area = AnnotatedArea.of(geometry("{\"type\": \"Polygon\", \"coordinates\": ["
                        + "[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]],"
                        + "[[20, 20], [20, 60], [60, 60], [60, 20], [20, 20]]]}"))
                .orElseThrow();
        assertThat(area.insideFraction(0, 0, 100, 100)).isCloseTo(1 - 0.16, within(1e-12));
        assertThat(area.insideFraction(20, 20, 40, 40)).isZero();
        // half of a 40 x 40 patch in the hole (x 40..60), half in the square (x 60..80)
        assertThat(area.insideFraction(40, 20, 40, 40)).isCloseTo(0.5, within(1e-12));
        // a patch reaching past the square's right edge by a quarter
        assertThat(area.insideFraction(70, 70, 40, 40)).isCloseTo(0.5625, within(1e-12));
        assertThat(area.insideFraction(200, 200, 10, 10)).isZero();
    }

    @Test
    void aNotchedSquareCoversWhatLiesOutsideTheNotchAndAMultiPolygonAddsItsParts() throws Exception {
        // a notch (apex at 50, 50) cut from the top edge: 1875 of the 2500 px² patch over it lie in the notch
        AnnotatedArea notched = AnnotatedArea.of(
                        geometry(
                                "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [50, 50], [100, 0], [100, 100], [0, 100]]]}"))
                .orElseThrow();
        assertThat(notched.insideFraction(0, 0, 100, 100)).isCloseTo(0.75, within(1e-12));
        assertThat(notched.insideFraction(25, 0, 50, 50)).isCloseTo(0.25, within(1e-12));
        AnnotatedArea two = AnnotatedArea.of(geometry("{\"type\": \"MultiPolygon\", \"coordinates\": ["
                        + "[[[0, 0], [10, 0], [10, 10], [0, 10]]], [[[30, 0], [40, 0], [40, 10], [30, 10]]]]}"))
                .orElseThrow();
        assertThat(two.insideFraction(0, 0, 40, 10)).isCloseTo(0.5, within(1e-12));
        assertThat(two.bounds()).containsExactly(0, 0, 40, 10);
    }

    @Test
    void pointsAndLinesHaveNoAreaAndBrokenRingsAreRefused() throws Exception {
        assertThat(AnnotatedArea.of(geometry("{\"type\": \"Point\", \"coordinates\": [1, 2]}")))
                .isEmpty();
        assertThat(AnnotatedArea.of(geometry("{\"type\": \"LineString\", \"coordinates\": [[1, 2], [3, 4]]}")))
                .isEmpty();
        assertThatThrownBy(() -> AnnotatedArea.of(
                        geometry("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 1], [0, 0]]]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a polygon ring has fewer than three distinct corners");
        assertThatThrownBy(() -> AnnotatedArea.of(
                        geometry("{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [\"a\", 1], [2, 0]]]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a polygon corner is not [x, y]");
    }

    private static JsonNode geometry(String json) throws Exception {
        return JSON.readTree(json);
    }
}
