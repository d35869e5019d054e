package org.precis.federation.privacy;

import java.util.Arrays;

/**
 * Rényi differential privacy at a set of orders: the mechanism is (α, values[i])-RDP at α =
 * orders[i].
 *
 * <p>Composition adds RDP order by order (Mironov 2017, "Rényi Differential Privacy", Prop. 1), so
 * a training run's curve is the sum of its rounds' curves; {@link #epsilon(double)} converts the
 * total to (ε, δ)-DP by taking the best order. Both arrays are copied in and out.
 *
 * @param orders the Rényi orders, finite, &gt; 1, strictly increasing
 * @param values the RDP at each order, non-negative (positive infinity allowed)
 */
public record RdpCurve(double[] orders, double[] values) {
    /** Validates and copies the arrays. */
    public RdpCurve {
        if (orders == null || values == null) {
            throw new IllegalArgumentException("orders and values must not be null");
        }
        if (orders.length == 0 || orders.length != values.length) {
            throw new IllegalArgumentException("orders and values must be non-empty and of equal length, got "
                    + orders.length
                    + " orders and "
                    + values.length
                    + " values");
        }
        orders = orders.clone();
        values = values.clone();
        for (int i = 0; i < orders.length; i++) {
            requireOrder(orders[i]);
            if (i > 0 && !(orders[i] > orders[i - 1])) {
                throw new IllegalArgumentException(
                        "orders must be strictly increasing, got " + orders[i - 1] + " then " + orders[i]);
            }
            if (Double.isNaN(values[i]) || values[i] < 0) {
                throw new IllegalArgumentException(
                        "RDP values must be >= 0, got " + values[i] + " at order " + orders[i]);
            }
        }
    }

    /**
     * The orders Opacus's {@code RDPAccountant} uses by default: 1.1, 1.2, …, 10.9 and then 12, 13,
     * …, 63.
     */
    public static double[] defaultOrders() {
        double[] orders = new double[99 + 52];
        for (int x = 1; x <= 99; x++) {
            orders[x - 1] = 1 + x / 10.0;
        }
        for (int order = 12; order <= 63; order++) {
            orders[99 + order - 12] = order;
        }
        return orders;
    }

    /** No privacy spent yet: zero at every order. */
    public static RdpCurve zero(double[] orders) {
        return new RdpCurve(orders, new double[orders == null ? 0 : orders.length]);
    }

    /** Throws unless {@code order} is a valid Rényi order: finite and &gt; 1. */
    static void requireOrder(double order) {
        if (!(order > 1) || Double.isInfinite(order)) {
            throw new IllegalArgumentException("RDP order must be finite and > 1, got " + order);
        }
    }

    @Override
    public double[] orders() {
        return orders.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The composition of this mechanism and {@code other}: RDP added order by order. */
    public RdpCurve plus(RdpCurve other) {
        if (!Arrays.equals(orders, other.orders)) {
            throw new IllegalArgumentException("cannot compose RDP curves over different orders");
        }
        double[] sum = new double[values.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = values[i] + other.values[i];
        }
        return new RdpCurve(orders, sum);
    }

    /** This mechanism run {@code steps} times: RDP multiplied by {@code steps}; zero for no steps. */
    public RdpCurve times(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        double[] product = new double[values.length];
        if (steps > 0) {
            for (int i = 0; i < product.length; i++) {
                product[i] = values[i] * steps;
            }
        }
        return new RdpCurve(orders, product);
    }

    /** The smallest ε over the orders for {@code delta}, by the {@link Conversion#IMPROVED} conversion. */
    public PrivacySpent epsilon(double delta) {
        return epsilon(delta, Conversion.IMPROVED);
    }

    /**
     * The smallest ε over the orders for {@code delta}, by {@code conversion}; ties go to the
     * smaller order, and a negative bound counts as zero (an (ε, δ) guarantee with ε &lt; 0 implies
     * (0, δ)).
     */
    public PrivacySpent epsilon(double delta, Conversion conversion) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        double best = Double.POSITIVE_INFINITY;
        double bestOrder = orders[0];
        for (int i = 0; i < orders.length; i++) {
            double epsilon = conversion.epsilon(orders[i], values[i], delta);
            if (epsilon < best) {
                best = epsilon;
                bestOrder = orders[i];
            }
        }
        return new PrivacySpent(Math.max(0, best), delta, bestOrder);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RdpCurve curve
                && Arrays.equals(orders, curve.orders)
                && Arrays.equals(values, curve.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(orders) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RdpCurve[orders=" + Arrays.toString(orders) + ", values=" + Arrays.toString(values) + "]";
    }
}
