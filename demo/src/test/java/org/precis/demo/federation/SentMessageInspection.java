package org.precis.demo.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precis.federation.proto.SiteMessage;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;

/**
 * What a site's own data looks like on the wire if it leaked: every numeric cell of its table (event
 * times, covariates) as an IEEE double in both byte orders and as the text Java writes for it; and the
 * vectors it released, as its audit log recorded them.
 */
final class SentMessageInspection {
    private final Map<Long, String> doubles = new HashMap<>();
    private final Set<String> texts = new LinkedHashSet<>();

    SentMessageInspection(SurvivalTable table) {
        Set<Double> values = new LinkedHashSet<>();
        for (String name : table.columnNames()) {
            Column column = table.column(name);
            if (!column.isNumeric()) {
                continue;
            }
            for (int row = 0; row < column.size(); row++) {
                column.number(row).ifPresent(values::add);
            }
        }
        for (double value : values) {
            if (value == 0) {
                continue; // eight zero bytes are framing, not data
            }
            doubles.put(Double.doubleToRawLongBits(value), value + " (double, big-endian)");
            doubles.put(Long.reverseBytes(Double.doubleToRawLongBits(value)), value + " (double, little-endian)");
            String text = Double.toString(value);
            if (text.length() >= 5) {
                // shorter texts turn up in random bytes by chance
                texts.add(text);
            }
        }
    }

    int patternCount() {
        return doubles.size() + texts.size();
    }

    /** The first of the table's values found in the message's bytes, or null. */
    String leakIn(SiteMessage message) {
        byte[] bytes = message.toByteArray();
        ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i + 8 <= bytes.length; i++) {
            String found = doubles.get(big.getLong(i));
            if (found != null) {
                return found + " at byte " + i;
            }
        }
        // a number written as text lies inside a run of digits, signs, points and exponents
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= bytes.length; i++) {
            char c = i < bytes.length ? (char) (bytes[i] & 0xff) : ' ';
            if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'E') {
                run.append(c);
                continue;
            }
            if (run.length() >= 5) {
                for (String text : texts) {
                    if (run.indexOf(text) >= 0) {
                        return "'" + text + "' (text) before byte " + i;
                    }
                }
            }
            run.setLength(0);
        }
        return null;
    }

    /** The vectors a site's audit log says it released (as masked inputs), in order. */
    static List<double[]> releasedVectors(Path auditLog) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<double[]> vectors = new ArrayList<>();
        for (String line : Files.readAllLines(auditLog, StandardCharsets.UTF_8)) {
            JsonNode entry = json.readTree(line);
            if (entry.path("event").asText().equals("values-released")
                    && entry.path("details").has("values")) {
                JsonNode values = entry.path("details").path("values");
                double[] vector = new double[values.size()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = values.get(i).asDouble();
                }
                vectors.add(vector);
            }
        }
        return vectors;
    }
}
