package org.precis.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    record Reading(String slideFile, double mpp, int count) {}

    @Test
    void resultFilesUseSnakeCaseAndIndent() throws IOException {
        String json = JsonMappers.snakeCase().writeValueAsString(new Reading("a.svs", 0.25, 3));

        assertThat(json).contains("\"slide_file\" : \"a.svs\"").contains("\n");
        assertThat(JsonMappers.snakeCase().readValue(json, Reading.class)).isEqualTo(new Reading("a.svs", 0.25, 3));
    }

    @Test
    void compactKeepsJavaNamesOnOneLine() throws IOException {
        assertThat(JsonMappers.compact().writeValueAsString(new Reading("a", 1, 2)))
                .isEqualTo("{\"slideFile\":\"a\",\"mpp\":1.0,\"count\":2}");
    }

    @Test
    void strictReadingRefusesAMissingField() {
        assertThatThrownBy(() ->
                        JsonMappers.requiringEveryField().readValue("{\"slideFile\":\"a\",\"mpp\":1}", Reading.class))
                .hasMessageContaining("count");
    }

    @Test
    void yamlReadsConfiguration() throws IOException {
        JsonNode site = JsonMappers.yaml().readTree("site: uppsala\nport: 7001\n");

        assertThat(site.path("site").asText()).isEqualTo("uppsala");
        assertThat(site.path("port").asInt()).isEqualTo(7001);
    }

    @Test
    void eachCallGivesItsOwnMapper() {
        assertThat(JsonMappers.compact()).isNotSameAs(JsonMappers.compact());
    }
}
