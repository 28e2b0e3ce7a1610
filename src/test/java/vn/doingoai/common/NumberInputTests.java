package vn.doingoai.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one rule for numbers typed into a form: the Vietnamese way and plainly, never another number. */
public class NumberInputTests {

    /** Typed text → the number meant; {@code app.js} is checked against the same table in the browser. */
    public static final Map<String, String> READ = Map.ofEntries(
            Map.entry("1.234,5", "1234.5"),
            Map.entry("12.500.000", "12500000"),
            Map.entry("7,2", "7.2"),
            Map.entry("12,5", "12.5"),
            Map.entry("1234,5", "1234.5"),
            Map.entry("1234.5", "1234.5"),
            Map.entry("1.234", "1234"),
            Map.entry("12.500", "12500"),
            Map.entry("1.5", "1.5"),
            Map.entry("0.125", "0.125"),
            Map.entry("1234.567", "1234.567"),
            Map.entry("-3", "-3"),
            Map.entry("-1.234,5", "-1234.5"),
            Map.entry(" 293000000 ", "293000000"),
            Map.entry("0,0001", "0.0001"));

    /** Typed text → why it is refused. */
    public static final Map<String, String> REFUSED = Map.of(
            "1,234.5", "number.mixed",
            "1.23.456", "number.unreadable",
            "12.34,5", "number.unreadable",
            "1,2,3", "number.unreadable",
            "1e5", "number.unreadable",
            "12 500", "number.unreadable",
            "abc", "number.unreadable",
            ".5", "number.unreadable",
            "1.234.5", "number.unreadable");

    @Test
    void readsTheVietnameseAndThePlainForm() {
        READ.forEach((typed, meant) ->
                assertThat(NumberInput.parse(typed)).as(typed).isEqualByComparingTo(new BigDecimal(meant)));
        assertThat(NumberInput.parse("  ")).isNull();
        assertThat(NumberInput.parse(null)).isNull();
    }

    @Test
    void refusesWhatIsMixedOrMalformed() {
        REFUSED.forEach((typed, key) -> assertThatThrownBy(() -> NumberInput.parse(typed))
                .as(typed)
                .isInstanceOfSatisfying(
                        NumberInput.Refused.class, e -> assertThat(e.key()).isEqualTo(key)));
    }

    @Test
    void countsAreWhole() {
        assertThat(NumberInput.parseInteger("1.234")).isEqualTo(1234);
        assertThat(NumberInput.parseInteger("12,0")).isEqualTo(12);
        assertThatThrownBy(() -> NumberInput.parseInteger("12,5"))
                .isInstanceOfSatisfying(
                        NumberInput.Refused.class, e -> assertThat(e.key()).isEqualTo("number.whole"));
        assertThatThrownBy(() -> NumberInput.parseInteger("99.999.999.999"))
                .isInstanceOfSatisfying(
                        NumberInput.Refused.class, e -> assertThat(e.key()).isEqualTo("number.tooLarge"));
    }

    @Test
    void whatIsShownReadsBackAsItself() {
        for (String n :
                new String[] {"1234.5", "12500000", "0.125", "-1234.5", "7.2", "1234", "0.0001", "21310000000"}) {
            BigDecimal value = new BigDecimal(n);
            assertThat(NumberInput.parse(NumberInput.print(value))).as(n).isEqualByComparingTo(value);
        }
        assertThat(NumberInput.print(new BigDecimal("1234.5000"))).isEqualTo("1.234,5");
        assertThat(NumberInput.print(12500000)).isEqualTo("12.500.000");
        assertThat(NumberInput.print(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(NumberInput.printPlain(new BigDecimal("21310000000.00"))).isEqualTo("21310000000");
        assertThat(NumberInput.printPlain(new BigDecimal("7.30"))).isEqualTo("7.3");
        assertThat(NumberInput.printPlain(new BigDecimal("7.125"))).isEqualTo("7,125");
        assertThat(NumberInput.parse(NumberInput.printPlain(new BigDecimal("7.125"))))
                .isEqualByComparingTo("7.125");
    }
}
