package org.precis.federation.privacy;

/**
 * How a Rényi-DP bound ρ at order α becomes an (ε, δ)-DP bound.
 *
 * <p>Both are valid upper bounds; {@link #IMPROVED} is always the smaller (it differs from {@link
 * #CLASSIC} by −ln α / (α − 1) + ln((α − 1)/α), both terms negative), so the accountant uses it. {@link #CLASSIC} stays for checking figures published with it (the
 * TensorFlow Privacy accountant before 2021, the original DP-SGD papers).
 */
public enum Conversion {
    /**
     * Mironov 2017, "Rényi Differential Privacy", Prop. 3: ε = ρ + ln(1/δ) / (α − 1).
     */
    CLASSIC {
        @Override
        double epsilon(double order, double rdp, double delta) {
            return rdp - Math.log(delta) / (order - 1);
        }
    },
    /**
     * Balle, Barthe, Gaboardi, Hsu, Sato 2020, "Hypothesis testing interpretations and Rényi
     * differential privacy", Thm. 21, as stated in Canonne, Kamath, Steinke 2020, Prop. 12 and
     * used by Opacus's {@code get_privacy_spent}: ε = ρ − (ln δ + ln α) / (α − 1) + ln((α − 1)/α).
     */
    IMPROVED {
        @Override
        double epsilon(double order, double rdp, double delta) {
            return rdp - (Math.log(delta) + Math.log(order)) / (order - 1) + Math.log1p(-1 / order);
        }
    };

    /**
     * The ε this conversion gives from RDP {@code rdp} at {@code order} for {@code delta}; may be
     * negative (the caller clamps at zero, which (ε, δ)-DP with ε &lt; 0 implies).
     */
    abstract double epsilon(double order, double rdp, double delta);
}
