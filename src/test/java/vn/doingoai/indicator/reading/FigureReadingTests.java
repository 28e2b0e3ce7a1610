package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.period.Period;

/** Trade values stated in đồng: converted to USD when a rate is at hand, left out otherwise. */
class FigureReadingTests {

    private static final String TEXT =
            "Xuất khẩu 6 tháng đầu năm đạt 23 tỷ 338 triệu đồng; nhập khẩu đạt 1,2 triệu USD.";

    @Test
    void dongAreConvertedAtTheRateOfThePeriodsEndAndMarkedDerived() {
        CurrencyConverter at25000 = (amount, from, to, date) -> {
            assertThat(date).hasToString("2023-06-30");
            return Optional.of(amount.divide(BigDecimal.valueOf(25000), 6, RoundingMode.HALF_UP));
        };
        List<ReadFigure> figures = new FigureReading(null, null, at25000).read(TEXT, Period.ofCode("2023"));
        assertThat(figures).hasSize(2);
        ReadFigure export = figures.get(0);
        assertThat(export.indicator()).isEqualTo("trade.export");
        assertThat(export.period()).isEqualTo("2023-H1");
        assertThat(export.value()).isEqualByComparingTo("933520"); // 23.338.000.000 / 25.000, five digits as written
        assertThat(export.derived()).isTrue();
        assertThat(export.basis()).isEqualTo("23338000000 VND → USD @ 2023-06-30");
        // the review page writes it the Vietnamese way
        assertThat(ReviewForm.of("49", "2023", figures).getRows().get(0).basisText())
                .isEqualTo("23.338.000.000 VND → USD @ 30/06/2023");
        assertThat(figures.get(1).value()).isEqualByComparingTo("1200000");
        assertThat(figures.get(1).derived()).isFalse();
    }

    @Test
    void withoutARateTheyAreLeftOut() {
        CurrencyConverter none = (amount, from, to, date) -> Optional.empty();
        List<ReadFigure> figures = new FigureReading(null, null, none).read(TEXT, Period.ofCode("2023"));
        assertThat(figures).extracting(ReadFigure::indicator).containsExactly("trade.import");
    }
}
