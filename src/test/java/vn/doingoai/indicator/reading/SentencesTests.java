package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence splitter, the paragraphs and headings, and Vietnamese number literals. */
class SentencesTests {

    @Test
    void splitsAfterAFullStopBeforeACapitalOrADigitButNotInNumbersOrAbbreviations() {
        assertThat(Sentences.split("Xuất khẩu đạt 8.540 triệu USD. Nhập khẩu đạt 1,2 tỷ USD! 9 tháng đạt 3 tỷ USD."))
                .containsExactly(
                        "Xuất khẩu đạt 8.540 triệu USD.", "Nhập khẩu đạt 1,2 tỷ USD!", "9 tháng đạt 3 tỷ USD.");
        assertThat(Sentences.split("Đoàn của TP. Hồ Chí Minh và TS. Nguyễn Văn A. Lê đến thăm."))
                .containsExactly("Đoàn của TP. Hồ Chí Minh và TS. Nguyễn Văn A. Lê đến thăm.");
        assertThat(Sentences.split("Ông nói: “Xuất khẩu tăng.” Sau đó, nhập khẩu giảm."))
                .containsExactly("Ông nói: “Xuất khẩu tăng.”", "Sau đó, nhập khẩu giảm.");
        assertThat(Sentences.split("kết thúc v.v. và tiếp tục")).containsExactly("kết thúc v.v. và tiếp tục");
    }

    @Test
    void paragraphsJoinBrokenLinesAndKnowTheirHeadings() {
        List<Sentences.Paragraph> paragraphs =
                Sentences.paragraphs("BÁO CÁO 6 THÁNG ĐẦU NĂM 2023\r\n\r\nKim ngạch xuất khẩu 6 tháng\nđạt 2 tỷ USD.\n"
                        + "Ảnh 1: Lãnh đạo tỉnh tiếp đoàn năm 2023\nNguồn: Báo tỉnh");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(0).heading()).isTrue();
        assertThat(paragraphs.get(1).sentences()).containsExactly("Kim ngạch xuất khẩu 6 tháng đạt 2 tỷ USD.");
        assertThat(paragraphs.get(1).heading()).isFalse();
        assertThat(paragraphs.get(2).heading()).as("a caption is no heading").isFalse();
        assertThat(paragraphs.get(3).heading()).isFalse();
    }

    @Test
    void lettersAreComposedAndSpacesSingle() {
        String decomposed =
                Normalizer.normalize("Kim ngạch xuất khẩu\u00a0\u00a0đạt\u200b 2 tỷ USD", Normalizer.Form.NFD);
        assertThat(Sentences.normalize(decomposed)).isEqualTo("Kim ngạch xuất khẩu đạt 2 tỷ USD");
        assertThat(FigureReaderTests.read(decomposed, "2023")).containsExactly("trade.export 2023 ACTUAL 2000000000");
    }

    @Test
    void numbersTheVietnameseWayAndTheEnglishWayWhereItIsClear() {
        assertThat(VietnameseNumbers.parse("21,31")).contains(new java.math.BigDecimal("21.31"));
        assertThat(VietnameseNumbers.parse("8.540")).contains(new java.math.BigDecimal("8540"));
        assertThat(VietnameseNumbers.parse("1.234.567,89")).contains(new java.math.BigDecimal("1234567.89"));
        assertThat(VietnameseNumbers.parse("1,234,567")).contains(new java.math.BigDecimal("1234567"));
        assertThat(VietnameseNumbers.parse("1,234.5")).contains(new java.math.BigDecimal("1234.5"));
        assertThat(VietnameseNumbers.parse("21.31")).contains(new java.math.BigDecimal("21.31"));
        assertThat(VietnameseNumbers.parse("0.757")).contains(new java.math.BigDecimal("0.757"));
        assertThat(VietnameseNumbers.parse("1.2.3")).isEmpty();
        assertThat(VietnameseNumbers.parse("1,2,3")).isEmpty();
        assertThat(VietnameseNumbers.parseInput(" 21.310.000.000 ")).contains(new java.math.BigDecimal("21310000000"));
        assertThat(VietnameseNumbers.parseInput("-1,43")).contains(new java.math.BigDecimal("-1.43"));
        assertThat(VietnameseNumbers.parseInput("1.234,5")).contains(new java.math.BigDecimal("1234.5"));
        assertThat(VietnameseNumbers.parseInput("abc")).isEmpty();
        assertThat(VietnameseNumbers.parseInput("")).isEmpty();
    }
}
