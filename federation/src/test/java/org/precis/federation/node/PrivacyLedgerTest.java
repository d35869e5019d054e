package org.precis.federation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.privacy.RdpCurve;
import org.precis.federation.privacy.SampledGaussian;

/** The ledger's file: the composed curve kept with its orders, and ledgers written before the orders were kept. */
class PrivacyLedgerTest {
    private static final String DATASET = "cd".repeat(32);
    private static final double DELTA = 1e-5;

    @TempDir
    Path folder;

    @Test
    void aCurveOverOtherThanTheDefaultOrdersReadsBackEqual() throws IOException {
        Path file = folder.resolve("privacy-ledger.json");
        double[] orders = {1.5, 2, 4, 8, 32};
        RdpCurve round = SampledGaussian.rdp(0.05, 1.1, 10, orders);
        PrivacyLedger ledger = PrivacyLedger.open(file, OptionalDouble.of(100), Clock.systemUTC());
        ledger.charge(DATASET, "round 1", round, DELTA);
        ledger.charge(DATASET, "round 2", round, DELTA);

        PrivacyLedger reopened = PrivacyLedger.open(file, OptionalDouble.of(100), Clock.systemUTC());
        assertThat(reopened.spent(DATASET)).isEqualTo(round.plus(round));
        assertThat(reopened.spentEpsilon(DATASET, DELTA))
                .isEqualTo(round.plus(round).epsilon(DELTA).epsilon())
                .isPositive();
        assertThat(Files.readString(file)).contains("\"rdp_orders\"");
    }

    @Test
    void aLedgerWrittenWithoutOrdersIsReadOverTheDefaultOrders() throws IOException {
        double[] orders = RdpCurve.defaultOrders();
        RdpCurve spent = SampledGaussian.rdp(0.05, 1.1, 10, orders).times(20);
        Path file = folder.resolve("privacy-ledger.json");
        Files.writeString(
                file,
                "{\"datasets\": {\"" + DATASET + "\": {\"rdp\": " + json(spent.values())
                        + ", \"epsilon\": 1.0, \"delta\": 1e-5, \"releases\": []}}}");

        PrivacyLedger ledger = PrivacyLedger.open(file, OptionalDouble.of(100), Clock.systemUTC());
        assertThat(ledger.spent(DATASET)).isEqualTo(spent);
        // and it goes on composing over those orders, now written down
        ledger.charge(DATASET, "one more", spent, DELTA);
        assertThat(PrivacyLedger.open(file, OptionalDouble.of(100), Clock.systemUTC())
                        .spent(DATASET))
                .isEqualTo(spent.plus(spent));
    }

    @Test
    void aLedgerWhoseOrdersAndValuesDisagreeIsRefusedNamingTheFile() throws IOException {
        Path file = folder.resolve("privacy-ledger.json");
        Files.writeString(
                file, "{\"datasets\": {\"" + DATASET + "\": {\"rdp_orders\": [2, 4], \"rdp\": [0.1, 0.2, 0.3]}}}");
        assertThatThrownBy(() -> PrivacyLedger.open(file, OptionalDouble.of(100), Clock.systemUTC()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ": not a privacy ledger (data set " + DATASET + ": ")
                .hasMessageContaining("2 orders and 3 values");
    }

    private static String json(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
