package vn.doingoai.common;

import java.math.BigDecimal;

/** Numbers as the API and the documents write them. */
public final class Numbers {

    private Numbers() {}

    /** An exact number written plainly: {@code 2} not {@code 2.0000}, never {@code 2.131E+10}; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
