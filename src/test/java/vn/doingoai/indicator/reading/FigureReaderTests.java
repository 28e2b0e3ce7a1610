package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.doingoai.period.Period;
import vn.doingoai.support.Api;

/**
 * The reader on the two seeds (every figure their sentences state about trade and growth, written
 * out by reading them sentence by sentence) and on each phrasing it supports. A figure is written
 * {@code indicator period kind value}, with {@code derived} when the text does not state it.
 */
class FigureReaderTests {

    /** The figures of a text as lines, in order. */
    static List<String> read(String text, String period) {
        return FigureReader.read(text, Period.ofCode(period)).stream()
                .map(f -> f.indicator + " " + f.period + " " + f.kind + " "
                        + vn.doingoai.common.Numbers.plain(f.value).toPlainString()
                        + ("VND".equals(f.currency) ? " VND" : "")
                        + (f.derived ? " derived" : ""))
                .toList();
    }

    @Test
    void thaiNguyenNineMonths2021() throws Exception {
        // "Tổng giá trị xuất khẩu hàng hóa ... 9 tháng năm 2021 đạt 21,31 tỷ USD, tăng 7,3% so với cùng kỳ
        // năm trước và bằng 75,7% kế hoạch cả năm. Giá trị hàng hóa nhập khẩu 9 tháng năm 2021 đạt 12,28 tỷ
        // USD, tăng 10,8% so với cùng kỳ." The FDI capital, the aid disbursed and committed, the support in
        // đồng are not trade or growth; "tăng so với cùng kỳ năm ngoái" gives no number.
        assertThat(read(Api.resource("seeds/004_18343bb76387200d.txt"), "2021-9M"))
                .containsExactly(
                        "trade.export 2021-9M ACTUAL 21310000000",
                        "trade.export 2020-9M ACTUAL 19860000000 derived", // 21,31 / 1,073
                        "trade.export 2021 PLAN 28150000000 derived", // 21,31 / 0,757
                        "trade.import 2021-9M ACTUAL 12280000000",
                        "trade.import 2020-9M ACTUAL 11080000000 derived"); // 12,28 / 1,108
    }

    @Test
    void bacGiangEightMonths2023() throws Exception {
        // "Năm 2022, tốc độ tăng trưởng kinh tế (GRDP) đạt 19,3% (gấp gần 2,5 lần bình quân chung cả nước)"
        // and "Tăng trưởng kinh tế 6 tháng đầu năm 2023 đạt 10,94% (đứng thứ 2 cả nước)"; "đẩy mạnh xuất
        // khẩu" states no figure.
        assertThat(read(Api.resource("seeds/002_5cf016bd35cff399.txt"), "2023-8M"))
                .containsExactly("grdp.growth 2022 ACTUAL 19.3", "grdp.growth 2023-H1 ACTUAL 10.94");
    }

    @Test
    void theSentenceAndThePlaceOfEachFigureAreGiven() throws Exception {
        List<Found> found = FigureReader.read(Api.resource("seeds/004_18343bb76387200d.txt"), Period.ofCode("2021-9M"));
        Found export = found.get(0);
        assertThat(export.sentence)
                .startsWith("Tổng giá trị xuất khẩu hàng hóa trên địa bàn tỉnh 9 tháng năm 2021 đạt 21,31 tỷ USD")
                .endsWith("bằng 75,7% kế hoạch cả năm.");
        assertThat(export.sentence.substring(export.start, export.end)).isEqualTo("21,31 tỷ USD");
        Found plan = found.get(2);
        assertThat(plan.sentence.substring(plan.start, plan.end)).isEqualTo("bằng 75,7% kế hoạch cả năm");
        assertThat(plan.basis).isEqualTo("21310000000 / 0.757");
        Found previous = found.get(1);
        assertThat(previous.sentence.substring(previous.start, previous.end))
                .isEqualTo("tăng 7,3% so với cùng kỳ năm trước");
    }

    @Test
    void aTextWithoutFiguresGivesNone() {
        assertThat(read("Công tác đối ngoại được triển khai chủ động, linh hoạt. Tỉnh đã đón 12 đoàn khách.", "2021"))
                .isEmpty();
        assertThat(read("", "2021")).isEmpty();
    }

    // ---- trade, as provinces write it

    @Test
    void exportAndImportValuesInTheirManyWordings() {
        assertThat(read("Kim ngạch xuất khẩu ước đạt 8.540 triệu USD.", "2023-H1"))
                .containsExactly("trade.export 2023-H1 ACTUAL 8540000000");
        assertThat(read("Giá trị xuất khẩu đạt khoảng 180,1 triệu USD.", "2023-Q1"))
                .containsExactly("trade.export 2023-Q1 ACTUAL 180100000");
        assertThat(read("Xuất khẩu hàng hóa đạt 438.470 USD.", "2023-05"))
                .containsExactly("trade.export 2023-05 ACTUAL 438470");
        assertThat(read("Kim ngạch XK đạt 2,5 tỷ USD, NK đạt 1,2 tỷ USD.", "2022"))
                .containsExactly("trade.export 2022 ACTUAL 2500000000", "trade.import 2022 ACTUAL 1200000000");
        assertThat(read("Giá trị hàng hóa nhập khẩu đạt 950 nghìn USD; xuất khẩu đạt 1,2 ngàn USD.", "2022"))
                .containsExactly("trade.import 2022 ACTUAL 950000", "trade.export 2022 ACTUAL 1200");
        assertThat(read("Kim ngạch xuất khẩu đạt 15,2 tr.USD.", "2022"))
                .containsExactly("trade.export 2022 ACTUAL 15200000");
        assertThat(read("Kim ngạch xuất khẩu đạt 1,5 tỉ đô la Mỹ.", "2022"))
                .containsExactly("trade.export 2022 ACTUAL 1500000000");
    }

    @Test
    void theTotalAndItsParts() {
        assertThat(read(
                        "Tổng kim ngạch xuất nhập khẩu đạt 10 tỷ USD, trong đó xuất khẩu 6 tỷ USD, nhập khẩu 4 tỷ USD.",
                        "2023-H1"))
                .containsExactly(
                        "trade.total 2023-H1 ACTUAL 10000000000",
                        "trade.export 2023-H1 ACTUAL 6000000000",
                        "trade.import 2023-H1 ACTUAL 4000000000");
        assertThat(read("Kim ngạch xuất, nhập khẩu đạt 3 tỷ USD.", "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3000000000");
        assertThat(read("Giá trị xuất khẩu và nhập khẩu đạt 3 tỷ USD.", "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3000000000");
        assertThat(read("Tổng kim ngạch thương mại đạt 3 tỷ USD.", "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3000000000");
    }

    @Test
    void aBorderProvincesTotalOfTheYearAndTheYearBefore() {
        assertThat(read(
                        "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu năm 2022 đạt 3,5 tỷ USD, năm 2021 đạt 2,8 tỷ USD.",
                        "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3500000000", "trade.total 2021 ACTUAL 2800000000");
        assertThat(read("Kim ngạch XNK qua các cửa khẩu năm 2022 đạt 3,5 tỷ USD (năm 2021: 2,8 tỷ USD).", "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3500000000", "trade.total 2021 ACTUAL 2800000000");
        assertThat(read(
                        "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh năm 2022 đạt 3,37 tỷ USD,"
                                + " giảm 39,6% so với năm 2021.",
                        "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3370000000", "trade.total 2021 ACTUAL 5580000000 derived");
        assertThat(read("Kim ngạch xuất nhập khẩu đạt 3,5 tỷ USD, tăng 25% so với năm 2021 (2,8 tỷ USD).", "2022"))
                .containsExactly("trade.total 2022 ACTUAL 3500000000", "trade.total 2021 ACTUAL 2800000000");
    }

    @Test
    void theSamePeriodOfTheYearBefore() {
        // tăng / giảm / bằng X% so với cùng kỳ: value / (1 ± X%), value / X%
        assertThat(read("Xuất khẩu đạt 5 tỷ USD, giảm 1,43% so với cùng kỳ năm trước.", "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 5000000000", "trade.export 2022-H1 ACTUAL 5070000000 derived");
        assertThat(read("Nhập khẩu đạt 2 tỷ USD, bằng 80% so với cùng kỳ.", "2023-Q2"))
                .containsExactly(
                        "trade.import 2023-Q2 ACTUAL 2000000000", "trade.import 2022-Q2 ACTUAL 2500000000 derived");
        assertThat(read("Xuất khẩu đạt 2 tỷ USD, tăng 15% so cùng kỳ năm ngoái.", "2023-Q2"))
                .containsExactly(
                        "trade.export 2023-Q2 ACTUAL 2000000000", "trade.export 2022-Q2 ACTUAL 1740000000 derived");
        // "so với năm 2022": that year for a year's figure, the same months of it otherwise
        assertThat(read("Kim ngạch xuất khẩu ước đạt 8.540 triệu USD, tăng 12% so với năm 2022.", "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 8540000000", "trade.export 2022-H1 ACTUAL 7625000000 derived");
        assertThat(read("Kim ngạch xuất khẩu năm 2022 ước đạt 500 triệu USD, tăng trưởng 20% so với năm 2021.", "2022"))
                .containsExactly("trade.export 2022 ACTUAL 500000000", "trade.export 2021 ACTUAL 417000000 derived");
        assertThat(read("Xuất khẩu quý III/2022 đạt 1,5 tỷ USD, tăng 5% so với quý III/2021.", "2022-Q3"))
                .containsExactly(
                        "trade.export 2022-Q3 ACTUAL 1500000000", "trade.export 2021-Q3 ACTUAL 1430000000 derived");
        // the change said first, the value after
        assertThat(read("Xuất khẩu tăng 25% so với cùng kỳ, đạt 2,5 tỷ USD.", "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 2500000000", "trade.export 2022-H1 ACTUAL 2000000000 derived");
        // a change without "so với" is against the same period, when it follows the figure
        assertThat(read("Xuất khẩu ước đạt 1.025 triệu USD, tăng 15,2%, đạt 52,5% kế hoạch năm.", "2022-H1"))
                .containsExactly(
                        "trade.export 2022-H1 ACTUAL 1025000000",
                        "trade.export 2021-H1 ACTUAL 889800000 derived",
                        "trade.export 2022 PLAN 1952000000 derived");
        assertThat(read(
                        "Xuất khẩu tăng 15%, đạt 2 tỷ USD; nhập khẩu đạt 1 tỷ USD, tăng 5% so với quý trước.",
                        "2022-Q2"))
                .containsExactly("trade.export 2022-Q2 ACTUAL 2000000000", "trade.import 2022-Q2 ACTUAL 1000000000");
        // an amount of change, a ratio
        assertThat(read("Nhập khẩu đạt 987,6 triệu USD, giảm 0,5 tỷ USD so với cùng kỳ.", "2023-H1"))
                .containsExactly(
                        "trade.import 2023-H1 ACTUAL 987600000", "trade.import 2022-H1 ACTUAL 1487600000 derived");
        assertThat(read("Xuất khẩu đạt 3 tỷ USD, gấp 2 lần so với cùng kỳ.", "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 3000000000", "trade.export 2022-H1 ACTUAL 1500000000 derived");
        // stated, it wins over the derived one
        assertThat(read(
                        "Kim ngạch xuất khẩu đạt 2 tỷ USD, tăng 15% so với cùng kỳ năm 2022 (đạt 1,75 tỷ USD).",
                        "2023-H1"))
                .containsExactly("trade.export 2023-H1 ACTUAL 2000000000", "trade.export 2022-H1 ACTUAL 1750000000");
        assertThat(read("Xuất khẩu 9 tháng đạt 21,31 tỷ USD. Cùng kỳ năm trước đạt 19,9 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 21310000000", "trade.export 2020-9M ACTUAL 19900000000");
    }

    @Test
    void thePlan() {
        assertThat(read("Xuất khẩu 9 tháng đạt 21,31 tỷ USD; kế hoạch năm 2021 là 28,15 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 21310000000", "trade.export 2021 PLAN 28150000000");
        assertThat(read("Xuất khẩu 9 tháng đạt 21,31 tỷ USD. Kế hoạch năm 2021 là 28,15 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 21310000000", "trade.export 2021 PLAN 28150000000");
        assertThat(read("Xuất khẩu đạt 21,31 tỷ USD, bằng 75,7% kế hoạch năm (28,15 tỷ USD).", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 21310000000", "trade.export 2021 PLAN 28150000000");
        // vượt 18% kế hoạch = 118% of the plan
        assertThat(read("Giá trị xuất khẩu 6 tháng đầu năm 2023 đạt 180,1 triệu USD, vượt 18% kế hoạch.", "2023-H1"))
                .containsExactly("trade.export 2023-H1 ACTUAL 180100000", "trade.export 2023 PLAN 152600000 derived");
        assertThat(read("Xuất khẩu cả năm đạt 1,18 tỷ USD, vượt kế hoạch 18%.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 1180000000", "trade.export 2023 PLAN 1000000000 derived");
        assertThat(read("Xuất khẩu đạt 1,1 tỷ USD, tăng 10% so với kế hoạch.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 1100000000", "trade.export 2023 PLAN 1000000000 derived");
        assertThat(read("Nhập khẩu đạt 500 triệu USD, đạt 50% so với kế hoạch.", "2023-H1"))
                .containsExactly("trade.import 2023-H1 ACTUAL 500000000", "trade.import 2023 PLAN 1000000000 derived");
        assertThat(read("Xuất khẩu đạt 600 triệu USD, hoàn thành 60% kế hoạch 6 tháng.", "2023-H1"))
                .containsExactly(
                        "trade.export 2023-H1 ACTUAL 600000000", "trade.export 2023-H1 PLAN 1000000000 derived");
        assertThat(read("Năm 2023, tỉnh phấn đấu kim ngạch xuất khẩu đạt 6 tỷ USD.", "2023-H1"))
                .containsExactly("trade.export 2023 PLAN 6000000000");
        assertThat(read("Mục tiêu năm 2024, kim ngạch xuất khẩu đạt 7 tỷ USD.", "2023"))
                .containsExactly("trade.export 2024 PLAN 7000000000");
        // a plan named as a document, or carried out, is not a plan value
        assertThat(read("Thực hiện kế hoạch năm 2021, kim ngạch xuất khẩu 9 tháng đạt 21,31 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 21310000000");
        assertThat(read("Theo Kế hoạch số 108/KH-UBND ngày 10/6/2021, xuất khẩu đạt 2 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 2000000000");
    }

    @Test
    void thePeriodOfTheSentenceOfItsHeadingOrOfTheReport() {
        // stated before the figure, or right after it
        assertThat(read("Năm 2022, kim ngạch xuất khẩu đạt 5 tỷ USD, nhập khẩu đạt 3 tỷ USD.", "2023-H1"))
                .containsExactly("trade.export 2022 ACTUAL 5000000000", "trade.import 2022 ACTUAL 3000000000");
        assertThat(read("Xuất khẩu hàng hóa đạt 5 tỷ USD trong 6 tháng đầu năm.", "2023-8M"))
                .containsExactly("trade.export 2023-H1 ACTUAL 5000000000");
        assertThat(read("Xuất khẩu đạt 5 tỷ USD, năm 2021 đạt 4 tỷ USD.", "2022"))
                .containsExactly("trade.export 2022 ACTUAL 5000000000", "trade.export 2021 ACTUAL 4000000000");
        // the many ways of naming a period
        assertThat(read("Xuất khẩu 6 tháng đầu năm 2023 đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-H1 ACTUAL 1000000000");
        assertThat(read("Xuất khẩu sáu tháng cuối năm đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-H2 ACTUAL 1000000000");
        assertThat(read("Xuất khẩu quý I năm 2023 đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-Q1 ACTUAL 1000000000");
        assertThat(read("Xuất khẩu tháng 6/2023 đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-06 ACTUAL 1000000000");
        assertThat(read("Xuất khẩu 3 quý đầu năm đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-9M ACTUAL 1000000000");
        assertThat(read("Tính đến ngày 30/6/2023, xuất khẩu đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-H1 ACTUAL 1000000000");
        assertThat(read("Xuất khẩu lũy kế đến hết tháng 8 đạt 1 tỷ USD.", "2023"))
                .containsExactly("trade.export 2023-8M ACTUAL 1000000000");
        assertThat(read("Ước cả năm, xuất khẩu đạt 2 tỷ USD.", "2023-9M"))
                .containsExactly("trade.export 2023 ACTUAL 2000000000");
        // the heading's period for the paragraphs under it; the report's period before any heading
        String report = "Kim ngạch xuất khẩu đạt 2 tỷ USD.\n"
                + "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2023\n"
                + "Kim ngạch xuất khẩu đạt 3 tỷ USD.\n"
                + "II. Nhiệm vụ quý III\n"
                + "Kim ngạch nhập khẩu đạt 1 tỷ USD.";
        assertThat(read(report, "2023"))
                .containsExactly(
                        "trade.export 2023 ACTUAL 2000000000",
                        "trade.export 2023-H1 ACTUAL 3000000000",
                        "trade.import 2023-Q3 ACTUAL 1000000000");
        // "giai đoạn 2021-2025" and "đến năm 2030" are no periods of a figure
        assertThat(read("Trong giai đoạn 2021-2025 và định hướng đến năm 2030, xuất khẩu đạt 2 tỷ USD.", "2021-9M"))
                .containsExactly("trade.export 2021-9M ACTUAL 2000000000");
    }

    @Test
    void amountsInDongAreKeptInTheirCurrencyForTheServiceToConvert() {
        assertThat(read("Xuất khẩu 6 tháng đầu năm đạt 23 tỷ 338 triệu đồng.", "2023"))
                .containsExactly("trade.export 2023-H1 ACTUAL 23338000000 VND");
        assertThat(read("Kim ngạch nhập khẩu đạt 5 nghìn tỷ đồng.", "2023"))
                .containsExactly("trade.import 2023 ACTUAL 5000000000000 VND");
    }

    @Test
    void otherSubjectsAreNotTrade() {
        assertThat(read("Thu thuế xuất nhập khẩu đạt 500 tỷ đồng.", "2023")).isEmpty();
        assertThat(read("Kim ngạch xuất khẩu của doanh nghiệp FDI đạt 18 tỷ USD.", "2023"))
                .isEmpty();
        assertThat(read(
                        "Đưa người lao động đi làm việc ở nước ngoài, xuất khẩu lao động thu về 200 triệu USD.",
                        "2023"))
                .isEmpty();
        assertThat(read("Thu hút 24 dự án FDI với tổng số vốn đăng ký là 158,06 triệu USD.", "2023"))
                .isEmpty();
        assertThat(read("Kim ngạch thương mại song phương Việt Nam - Lào năm 2022 đạt 1,7 tỷ USD.", "2022"))
                .isEmpty();
        assertThat(read("Kim ngạch xuất nhập khẩu giữa Việt Nam và Hàn Quốc đạt 87 tỷ USD.", "2022"))
                .isEmpty();
        assertThat(read(
                        "Số đoàn vào có thủ tục xuất – nhập cảnh có 01 đoàn/03 lượt người; 2 đồng chí lãnh đạo.",
                        "2023"))
                .isEmpty();
    }

    // ---- growth

    @Test
    void grdpGrowthAndItsPlan() {
        assertThat(read("Tốc độ tăng trưởng kinh tế (GRDP) đạt 13,02%.", "2022"))
                .containsExactly("grdp.growth 2022 ACTUAL 13.02");
        assertThat(read("GRDP 6 tháng tăng 7,02% so với cùng kỳ, kế hoạch năm là 8%.", "2023-H1"))
                .containsExactly("grdp.growth 2023-H1 ACTUAL 7.02", "grdp.growth 2023 PLAN 8");
        assertThat(read(
                        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2022 tăng 8,02% so với năm 2021, vượt kế hoạch đề ra (7,5%).",
                        "2022"))
                .containsExactly("grdp.growth 2022 ACTUAL 8.02", "grdp.growth 2022 PLAN 7.5");
        assertThat(read("Mục tiêu tăng trưởng kinh tế năm 2024 là 8,5%.", "2023"))
                .containsExactly("grdp.growth 2024 PLAN 8.5");
        assertThat(read("Năm 2021, kinh tế tăng trưởng âm 2,5%.", "2021"))
                .containsExactly("grdp.growth 2021 ACTUAL -2.5");
        assertThat(read("GRDP giảm 1,43% so với cùng kỳ.", "2021-Q3"))
                .containsExactly("grdp.growth 2021-Q3 ACTUAL -1.43");
        // the sectors after it and the product per head are not the growth of the economy
        assertThat(read(
                        "Tăng trưởng kinh tế năm 2022 đạt 9%, trong đó khu vực công nghiệp tăng 20%, dịch vụ tăng 5%.",
                        "2022"))
                .containsExactly("grdp.growth 2022 ACTUAL 9");
        assertThat(read("GRDP bình quân đầu người tăng 5%.", "2022")).isEmpty();
        // the year before, stated
        assertThat(read("GRDP 6 tháng tăng 5,2% so với cùng kỳ năm 2022 (cùng kỳ năm 2022 tăng 6,1%).", "2023-H1"))
                .containsExactly("grdp.growth 2023-H1 ACTUAL 5.2", "grdp.growth 2022-H1 ACTUAL 6.1");
    }

    @Test
    void aFigureStatedTwiceIsGivenOnce() {
        assertThat(read("Xuất khẩu đạt 2 tỷ USD. Như trên, xuất khẩu đạt 2.000 triệu USD.", "2023"))
                .containsExactly("trade.export 2023 ACTUAL 2000000000");
    }
}
