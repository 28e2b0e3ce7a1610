package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doingoai.indicator.reading.FigureReaderTests.read;

import org.junit.jupiter.api.Test;
import vn.doingoai.support.Api;

/**
 * The reader on sentences and articles written for it in the style of the provinces' reports and
 * portals (not the seeds): the export and import values of the period, the year's plan, the year
 * before, GRDP growth, and a border province's trade through its gates. The two articles ({@code
 * reading/*.txt}) are made up in the form of the seeds: a title, a date line, a photo's caption
 * naming a month, paragraphs that mix trade with the budget and investment.
 */
class ProvincePhrasingTests {

    @Test
    void aBorderProvincesArticle() throws Exception {
        // the caption "… tháng 3/2023" is no heading: the figures after it stay in 2023; the budget
        // collected from trade ("thu ngân sách từ hoạt động xuất nhập khẩu") is no trade value
        assertThat(read(Api.resource("reading/lang-son-2023.txt"), "2023"))
                .containsExactly(
                        "trade.total 2023 ACTUAL 4520000000",
                        "trade.export 2023 ACTUAL 2310000000",
                        "trade.import 2023 ACTUAL 2210000000",
                        "trade.total 2022 ACTUAL 3259000000",
                        "grdp.growth 2023 ACTUAL 7.5",
                        "grdp.growth 2022 ACTUAL 6.3",
                        "trade.export 2023 ACTUAL 560000000",
                        "trade.export 2023 PLAN 500000000 derived");
    }

    @Test
    void anInlandProvincesHalfYear() throws Exception {
        // "theo giá so sánh 2010" names no period; "Mục tiêu năm 2023, …" makes every value after it a plan,
        // and a range (6,5-7%) is read as its lower end
        assertThat(read(Api.resource("reading/bac-ninh-2023-h1.txt"), "2023-H1"))
                .containsExactly(
                        "grdp.growth 2023-H1 ACTUAL -2.18",
                        "trade.export 2023-H1 ACTUAL 18540000000",
                        "trade.export 2022-H1 ACTUAL 21213000000 derived",
                        "trade.import 2023-H1 ACTUAL 15120000000",
                        "trade.import 2022-H1 ACTUAL 16951000000 derived",
                        "trade.export 2022 ACTUAL 45870000000",
                        "grdp.growth 2022 ACTUAL 6.5",
                        "trade.export 2023 PLAN 46000000000",
                        "grdp.growth 2023 PLAN 6.5");
    }

    @Test
    void exportWithItsChangeAndItsShareOfThePlan() {
        assertThat(read(
                        "Kim ngạch xuất khẩu ước đạt 8.540 triệu USD, tăng 12,3% so với cùng kỳ, bằng 75,7% kế hoạch năm.",
                        "2023-9M"))
                .containsExactly(
                        "trade.export 2023-9M ACTUAL 8540000000",
                        "trade.export 2022-9M ACTUAL 7605000000 derived",
                        "trade.export 2023 PLAN 11280000000 derived");
        assertThat(read(
                        "Kim ngạch xuất khẩu hàng hóa 6 tháng đầu năm ước đạt 2.345,6 triệu USD, bằng 48,2% kế hoạch năm,"
                                + " tăng 8,7% so với cùng kỳ; kim ngạch nhập khẩu ước đạt 1.987 triệu USD, tăng 5,1%.",
                        "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 2345600000",
                        "trade.export 2023 PLAN 4866400000 derived",
                        "trade.export 2022-H1 ACTUAL 2157900000 derived",
                        "trade.import 2023-H1 ACTUAL 1987000000",
                        "trade.import 2022-H1 ACTUAL 1891000000 derived");
        assertThat(read(
                        "Giá trị xuất khẩu năm 2023 ước đạt 1.250 triệu USD, vượt 18% kế hoạch, tăng 10,5% so với năm 2022.",
                        "2023"))
                .containsExactly(
                        "trade.export 2023 ACTUAL 1250000000",
                        "trade.export 2023 PLAN 1059000000 derived",
                        "trade.export 2022 ACTUAL 1131000000 derived");
        assertThat(read("Kim ngạch xuất khẩu: 8.540 triệu USD, tăng 12,3%.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 8540000000", "trade.export 2022 ACTUAL 7605000000 derived");
        assertThat(read("Kim ngạch xuất khẩu đạt 5 tỷ USD, hoàn thành 104% kế hoạch năm.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 5000000000", "trade.export 2023 PLAN 4810000000 derived");
        assertThat(read(
                        "Kim ngạch xuất khẩu ước thực hiện 8.540 triệu USD, đạt 75,7% kế hoạch năm (11.280 triệu USD).",
                        "2023-9M"))
                .containsExactly("trade.export 2023-9M ACTUAL 8540000000", "trade.export 2023 PLAN 11280000000");
    }

    @Test
    void theYearsPlanAndTheYearBefore() {
        // the plan of the year named with its second plan word ("kế hoạch năm 2023 phấn đấu đạt")
        assertThat(read(
                        "Kim ngạch xuất khẩu năm 2022 đạt 5.112 triệu USD; kế hoạch năm 2023 phấn đấu đạt 5,5 tỷ USD.",
                        "2022"))
                .containsExactly("trade.export 2022 ACTUAL 5112000000", "trade.export 2023 PLAN 5500000000");
        // "kế hoạch năm" after the year before is the plan of the sentence's own year
        assertThat(read(
                        "Kim ngạch xuất khẩu năm 2023 đạt 2.500 triệu USD, năm 2022 đạt 2.300 triệu USD,"
                                + " kế hoạch năm là 2.600 triệu USD.",
                        "2023"))
                .containsExactly(
                        "trade.export 2023 ACTUAL 2500000000",
                        "trade.export 2022 ACTUAL 2300000000",
                        "trade.export 2023 PLAN 2600000000");
        assertThat(read("Xuất khẩu hàng hóa ước đạt 3,2 tỷ USD (kế hoạch 6,5 tỷ USD).", "2023-H1"))
                .containsExactly("trade.export 2023-H1 ACTUAL 3200000000", "trade.export 2023 PLAN 6500000000");
        assertThat(read("Nghị quyết HĐND tỉnh giao chỉ tiêu xuất khẩu năm 2023 là 11 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023 PLAN 11000000000");
        assertThat(read(
                        "Kim ngạch xuất khẩu ước đạt 1.350 triệu USD, tăng 9,5% so với năm trước"
                                + " (năm 2022 đạt 1.233 triệu USD).",
                        "2023"))
                .containsExactly("trade.export 2023 ACTUAL 1350000000", "trade.export 2022 ACTUAL 1233000000");
        assertThat(read(
                        "Kim ngạch xuất khẩu đạt 3,5 tỷ USD, tăng 15,2% so với cùng kỳ"
                                + " (cùng kỳ năm trước đạt 3,04 tỷ USD).",
                        "2023-H1"))
                .containsExactly("trade.export 2023-H1 ACTUAL 3500000000", "trade.export 2022-H1 ACTUAL 3040000000");
    }

    @Test
    void aBorderProvincesTradeThroughItsGates() {
        assertThat(read(
                        "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 4.123 triệu USD,"
                                + " tăng 15,2% so với cùng kỳ năm 2022.",
                        "2023-9M"))
                .containsExactly(
                        "trade.total 2023-9M ACTUAL 4123000000", "trade.total 2022-9M ACTUAL 3579000000 derived");
        assertThat(read(
                        "Tổng giá trị xuất nhập khẩu hàng hóa qua biên giới đạt 1.560 triệu USD, tăng 22% so với cùng kỳ,"
                                + " trong đó xuất khẩu 890 triệu USD, nhập khẩu 670 triệu USD.",
                        "2023-9M"))
                .containsExactly(
                        "trade.total 2023-9M ACTUAL 1560000000",
                        "trade.total 2022-9M ACTUAL 1279000000 derived",
                        "trade.export 2023-9M ACTUAL 890000000",
                        "trade.import 2023-9M ACTUAL 670000000");
        assertThat(read(
                        "Kim ngạch thương mại qua biên giới năm 2023 đạt 3,12 tỷ USD, năm 2022 là 2,75 tỷ USD.",
                        "2023"))
                .containsExactly("trade.total 2023 ACTUAL 3120000000", "trade.total 2022 ACTUAL 2750000000");
        assertThat(read(
                        "Tổng kim ngạch xuất nhập khẩu qua biên giới đạt 3,5 tỷ USD; năm trước đạt 3,1 tỷ USD.",
                        "2023"))
                .containsExactly("trade.total 2023 ACTUAL 3500000000", "trade.total 2022 ACTUAL 3100000000");
        assertThat(read(
                        "Giá trị hàng hóa xuất nhập khẩu, tạm nhập tái xuất, chuyển khẩu qua các cửa khẩu đạt 3,2 tỷ USD.",
                        "2023"))
                .containsExactly("trade.total 2023 ACTUAL 3200000000");
        assertThat(read(
                        "Hoạt động xuất nhập khẩu qua biên giới tiếp tục phục hồi, tổng kim ngạch đạt 1.560 triệu USD.",
                        "2023"))
                .containsExactly("trade.total 2023 ACTUAL 1560000000");
        assertThat(read("Tổng kim ngạch xuất nhập khẩu năm 2023 đạt 5,25 tỷ USD, bằng 112% so với năm 2022.", "2023"))
                .containsExactly("trade.total 2023 ACTUAL 5250000000", "trade.total 2022 ACTUAL 4690000000 derived");
        assertThat(read("Thu ngân sách từ hoạt động xuất nhập khẩu đạt 7.250 tỷ đồng.", "2023"))
                .isEmpty();
        assertThat(read("Giá trị trao đổi thương mại qua biên giới năm 2023 đạt 1,5 tỷ USD.", "2023"))
                .containsExactly("trade.total 2023 ACTUAL 1500000000");
        assertThat(read("Tổng kim ngạch qua các cửa khẩu năm 2023 đạt 1,2 tỷ USD, năm 2022 đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.total 2023 ACTUAL 1200000000", "trade.total 2022 ACTUAL 1000000000");
        // a ratio to a year named alone
        assertThat(read("Kim ngạch xuất nhập khẩu năm 2023 đạt 3 tỷ USD, gấp 1,5 lần năm 2022.", "2023"))
                .containsExactly("trade.total 2023 ACTUAL 3000000000", "trade.total 2022 ACTUAL 2000000000 derived");
        assertThat(read("Năm qua, kim ngạch xuất khẩu đạt 1,25 tỷ USD, bằng 112% năm 2022.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 1250000000", "trade.export 2022 ACTUAL 1120000000 derived");
    }

    @Test
    void grdpGrowthAndTheYearCompared() {
        assertThat(read("GRDP tăng 6,5%.", "2023")).containsExactly("grdp.growth 2023 ACTUAL 6.5");
        assertThat(read("Tăng trưởng GRDP đạt 6,5 %.", "2023")).containsExactly("grdp.growth 2023 ACTUAL 6.5");
        assertThat(read("GRDP tăng 6,5% (kế hoạch 7%).", "2023"))
                .containsExactly("grdp.growth 2023 ACTUAL 6.5", "grdp.growth 2023 PLAN 7");
        assertThat(read(
                        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh năm 2010 ước tăng 6,5% so với cùng kỳ.",
                        "2023-9M"))
                .containsExactly("grdp.growth 2023-9M ACTUAL 6.5");
        // the growth of the period compared with, after it or before it
        assertThat(read(
                        "Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 6,5%, cao hơn mức tăng 5,8% của cùng kỳ năm trước.",
                        "2023-H1"))
                .containsExactly("grdp.growth 2023-H1 ACTUAL 6.5", "grdp.growth 2022-H1 ACTUAL 5.8");
        assertThat(read("Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,9%, cao hơn so với năm 2021 (6,5%).", "2022"))
                .containsExactly("grdp.growth 2022 ACTUAL 8.9", "grdp.growth 2021 ACTUAL 6.5");
        assertThat(read("Tăng trưởng kinh tế đạt 6,5%, thấp hơn năm 2022 (7,8%).", "2023"))
                .containsExactly("grdp.growth 2023 ACTUAL 6.5", "grdp.growth 2022 ACTUAL 7.8");
        assertThat(read(
                        "Tăng trưởng kinh tế (GRDP) năm 2023 ước đạt 7,12%, đứng thứ 15/63 tỉnh, thành phố;"
                                + " năm 2022 đạt 8,05%.",
                        "2023"))
                .containsExactly("grdp.growth 2023 ACTUAL 7.12", "grdp.growth 2022 ACTUAL 8.05");
        // a plan after the year compared with is the plan of the sentence's own year
        assertThat(read(
                        "Tăng trưởng kinh tế 6 tháng đầu năm 2023 ước đạt 5,2% (cùng kỳ năm 2022 đạt 6,8%),"
                                + " kế hoạch cả năm 7,0%.",
                        "2023-H1"))
                .containsExactly(
                        "grdp.growth 2023-H1 ACTUAL 5.2", "grdp.growth 2022-H1 ACTUAL 6.8", "grdp.growth 2023 PLAN 7");
        assertThat(read("GRDP năm 2023 ước tăng 6,5% (năm 2022 tăng 7,3%); kế hoạch năm 2024 tăng 7%.", "2023"))
                .containsExactly(
                        "grdp.growth 2023 ACTUAL 6.5", "grdp.growth 2022 ACTUAL 7.3", "grdp.growth 2024 PLAN 7");
    }

    @Test
    void aPlanThatOpensTheSentenceHoldsForAllItsValues() {
        assertThat(read("Kế hoạch năm 2024: kim ngạch xuất khẩu 10 tỷ USD, nhập khẩu 8 tỷ USD, GRDP tăng 7%.", "2023"))
                .containsExactly(
                        "trade.export 2024 PLAN 10000000000",
                        "trade.import 2024 PLAN 8000000000",
                        "grdp.growth 2024 PLAN 7");
        // without a comma after its period, a plan holds for its own value only
        assertThat(read("Kim ngạch xuất khẩu kế hoạch năm 2023 là 11 tỷ USD, 9 tháng đã đạt 8,5 tỷ USD.", "2023-9M"))
                .containsExactly("trade.export 2023 PLAN 11000000000", "trade.export 2023-9M ACTUAL 8500000000");
    }
}
