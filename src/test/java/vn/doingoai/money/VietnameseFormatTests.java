package vn.doingoai.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The number strings of DOMAIN.md and of the seeds, written by the one formatter. */
class VietnameseFormatTests {

    static BigDecimal big(String value) {
        return new BigDecimal(value);
    }

    @Test
    void numbersUseADotForThousandsAndACommaForDecimals() {
        assertThat(VietnameseFormat.number(2907)).isEqualTo("2.907");
        assertThat(VietnameseFormat.number(11669)).isEqualTo("11.669");
        assertThat(VietnameseFormat.number(big("6830.15"))).isEqualTo("6.830,15");
        assertThat(VietnameseFormat.number(big("7.250"))).isEqualTo("7,25");
        assertThat(VietnameseFormat.number(big("2.0"))).isEqualTo("2");
        assertThat(VietnameseFormat.number(big("-1234.5"))).isEqualTo("-1.234,5");
        assertThat(VietnameseFormat.number(big("0"))).isEqualTo("0");
        assertThat(VietnameseFormat.number(big("1E+3"))).isEqualTo("1.000");
    }

    @Test
    void percentsAndChanges() {
        assertThat(VietnameseFormat.percent(big("13.02"))).isEqualTo("13,02%");
        assertThat(VietnameseFormat.percent(big("75.70"))).isEqualTo("75,7%");
        assertThat(VietnameseFormat.change(big("7.3"))).isEqualTo("tăng 7,3%");
        assertThat(VietnameseFormat.change(big("-1.43"))).isEqualTo("giảm 1,43%");
        assertThat(VietnameseFormat.change(BigDecimal.ZERO)).isEqualTo("bằng cùng kỳ");
        assertThat(VietnameseFormat.change(null)).isEmpty();
    }

    @Test
    void amountsUseTrieuAndTy() {
        assertThat(VietnameseFormat.amount(big("21310000000"), "USD")).isEqualTo("21,31 tỷ USD");
        assertThat(VietnameseFormat.amount(big("1250000000"), "USD")).isEqualTo("1,25 tỷ USD");
        assertThat(VietnameseFormat.amount(big("158060000"), "USD")).isEqualTo("158,06 triệu USD");
        assertThat(VietnameseFormat.amount(big("7200000"), "USD")).isEqualTo("7,2 triệu USD");
        assertThat(VietnameseFormat.amount(big("438470"), "USD")).isEqualTo("438.470 USD");
        assertThat(VietnameseFormat.amount(big("9133488"), "USD")).isEqualTo("9,13 triệu USD");
        assertThat(VietnameseFormat.number(big("6830.15")) + " triệu USD").isEqualTo("6.830,15 triệu USD");
        assertThat(VietnameseFormat.amount(Money.of("8722000000", "USD"))).isEqualTo("8,72 tỷ USD");
    }

    @Test
    void dongInTyAndTrieu() {
        assertThat(VietnameseFormat.dong(big("23338000000"))).isEqualTo("23 tỷ 338 triệu đồng");
        assertThat(VietnameseFormat.dong(big("210000000000"))).isEqualTo("210 tỷ đồng");
        assertThat(VietnameseFormat.dong(big("300000000"))).isEqualTo("300 triệu đồng");
        assertThat(VietnameseFormat.dong(big("0"))).isEqualTo("0 đồng");
    }

    @Test
    void dates() {
        assertThat(VietnameseFormat.date(LocalDate.of(2021, 6, 10))).isEqualTo("10/06/2021");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 12, 8))).isEqualTo("08/12/2026");
        assertThat(VietnameseFormat.documentDate(LocalDate.of(2021, 6, 10))).isEqualTo("10/6/2021");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2026, 10, 20))).isEqualTo("ngày 20 tháng 10 năm 2026");
    }

    @Test
    void englishPagesGetEnglishSeparatorsAndWords() {
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertThat(VietnameseFormat.number(big("1234.5"), en)).isEqualTo("1,234.5");
        assertThat(VietnameseFormat.number(5_000_000L, en)).isEqualTo("5,000,000");
        assertThat(VietnameseFormat.amount(big("72500000"), "USD", en)).isEqualTo("72.5 million USD");
        assertThat(VietnameseFormat.amount(big("21310000000"), "USD", en)).isEqualTo("21.31 billion USD");
        assertThat(VietnameseFormat.amount(big("438470"), "USD", en)).isEqualTo("438,470 USD");
        assertThat(VietnameseFormat.dong(big("23338000000"), en)).isEqualTo("23.34 billion VND");
        assertThat(VietnameseFormat.percent(big("7.3"), en)).isEqualTo("7.3%");
        assertThat(VietnameseFormat.amount(big("72500000"), "USD", VietnameseFormat.VIETNAMESE))
                .isEqualTo("72,5 triệu USD");
        assertThat(VietnameseFormat.number(big("-0.001"))).isEqualTo("0");
    }
}
