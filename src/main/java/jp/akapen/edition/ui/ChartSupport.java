package jp.akapen.edition.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers shared by the progress charts. */
final class ChartSupport {

    private ChartSupport() {
    }

    /** A CSS percentage with at most two decimals and no trailing zeros: {@code 25%}, {@code 33.33%}. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static double clamp(double value) {
        return Math.max(0, Math.min(100, value));
    }
}
