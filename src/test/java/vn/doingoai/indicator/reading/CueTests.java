package vn.doingoai.indicator.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.period.Period;

/**
 * Each named pattern of the reader, on the words it must find (whole, as the mark that wins in its
 * sentence) and on near words it must leave alone. A new cue without examples fails here.
 */
class CueTests {

    /** Words each cue must find, as they stand in a sentence ({@code [words] and what follows}). */
    private static final Map<Cue, List<String>> FINDS = new EnumMap<>(Map.ofEntries(
            Map.entry(
                    Cue.TRADE_TOTAL,
                    List.of(
                            "xuất nhập khẩu",
                            "xuất, nhập khẩu",
                            "xuất - nhập khẩu",
                            "xuất khẩu và nhập khẩu",
                            "XNK",
                            "kim ngạch thương mại",
                            "trao đổi thương mại",
                            "buôn bán hàng hóa",
                            "[tổng kim ngạch] qua các cửa khẩu")),
            Map.entry(Cue.TRADE_EXPORT, List.of("xuất khẩu", "Xuất khẩu", "XK")),
            Map.entry(Cue.TRADE_IMPORT, List.of("nhập khẩu", "NK")),
            Map.entry(
                    Cue.GRDP_GROWTH,
                    List.of(
                            "tốc độ tăng trưởng kinh tế (GRDP)",
                            "Tăng trưởng kinh tế",
                            "GRDP",
                            "[kinh tế] tăng trưởng 7%",
                            "tổng sản phẩm trên địa bàn tỉnh (GRDP)")),
            Map.entry(
                    Cue.OTHER_TOPIC,
                    List.of(
                            "thuế xuất nhập khẩu",
                            "xuất khẩu lao động",
                            "FDI",
                            "đầu tư",
                            "viện trợ",
                            "giải ngân",
                            "du lịch",
                            "song phương",
                            "cả nước",
                            "Việt Nam")),
            Map.entry(Cue.OTHER_SECTOR, List.of("công nghiệp", "dịch vụ", "bình quân đầu người", "thủy sản")),
            Map.entry(Cue.PRICE_BASE, List.of("theo giá so sánh năm 2010", "giá so sánh 2010", "giá hiện hành")),
            Map.entry(Cue.DATE, List.of("ngày 10/6/2021", "ngày 10 tháng 6 năm 2021", "30/6/2021")),
            Map.entry(
                    Cue.UP_TO_DATE,
                    List.of("tính đến ngày 30/6/2021", "từ đầu năm 2021 đến ngày 30/6/2021", "đến hết tháng 6/2021")),
            Map.entry(Cue.UP_TO_MONTH, List.of("đến hết tháng 8", "đến cuối tháng 9 năm 2021")),
            Map.entry(
                    Cue.FIRST_MONTHS,
                    List.of("9 tháng năm 2021", "6 tháng đầu năm 2023", "9 tháng đầu năm", "sáu tháng")),
            Map.entry(Cue.SECOND_HALF, List.of("6 tháng cuối năm", "nửa cuối năm 2021")),
            Map.entry(Cue.FIRST_HALF, List.of("nửa đầu năm 2021")),
            Map.entry(Cue.QUARTER, List.of("quý III/2021", "quý 3 năm 2021", "Quý I", "quý IV-2022")),
            Map.entry(Cue.FIRST_QUARTERS, List.of("3 quý đầu năm", "hai quý đầu năm 2022")),
            Map.entry(Cue.MONTH, List.of("tháng 6/2021", "tháng 6 năm 2021", "tháng 12")),
            Map.entry(Cue.YEAR, List.of("năm 2022", "Năm 2022", "cả năm 2021")),
            Map.entry(Cue.THIS_YEAR, List.of("cả năm", "năm nay")),
            Map.entry(Cue.LAST_YEAR, List.of("năm trước", "năm ngoái")),
            Map.entry(
                    Cue.SAME_PERIOD,
                    List.of("cùng kỳ", "cùng kỳ năm trước", "cùng kỳ năm 2020", "cùng thời điểm năm ngoái", "cùng kì")),
            Map.entry(Cue.COMPARE, List.of("so với")),
            Map.entry(Cue.CLAUSE, List.of(",", ";")),
            Map.entry(Cue.PLAN_CUE, List.of("kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu")),
            Map.entry(Cue.EXCEED_PLAN, List.of("vượt kế hoạch 18%", "vượt kế hoạch năm 5,5 %")),
            Map.entry(
                    Cue.PERCENT,
                    List.of(
                            "13,02%",
                            "đạt 19,3%",
                            "tăng 7,3%",
                            "giảm 1,43%",
                            "bằng 75,7% kế hoạch",
                            "vượt 18% kế hoạch",
                            "bằng 75,7% so với kế hoạch năm",
                            "tăng khoảng 5 phần trăm",
                            "tăng trưởng âm 2%")),
            Map.entry(Cue.FACTOR, List.of("gấp 2 lần", "tăng gấp đôi", "gấp 1,5 lần")),
            Map.entry(
                    Cue.AMOUNT,
                    List.of(
                            "21,31 tỷ USD",
                            "8.540 triệu USD",
                            "180,1 triệu USD",
                            "438.470 USD",
                            "23 tỷ 338 triệu đồng",
                            "5 nghìn tỷ đồng",
                            "950 ngàn USD",
                            "15 tr.USD",
                            "1,5 tỉ đô la Mỹ",
                            "tăng 0,5 tỷ USD",
                            "2 tỷ VNĐ"))));

    /** Words a cue must not find (the words around it are given). */
    private static final Map<Cue, List<String>> LEAVES = Map.of(
            Cue.TRADE_TOTAL, List.of("thủ tục xuất – nhập cảnh"),
            Cue.YEAR, List.of("giai đoạn năm 2021-2025", "định hướng đến năm 2030", "năm 2021 - 2025"),
            Cue.PLAN_CUE,
                    List.of("Kế hoạch số 108/KH-UBND", "thực hiện kế hoạch năm 2021", "các mục tiêu kinh tế - xã hội"),
            Cue.AMOUNT, List.of("2 đồng chí", "2.907 người", "Top 10"),
            Cue.PERCENT, List.of("COVID-19"),
            Cue.MONTH, List.of("ngày 10 tháng 6 năm 2021"),
            Cue.FIRST_MONTHS, List.of("Chỉ thị số 15-CT/TW"));

    @Test
    void everyCueHasExamples() {
        assertThat(FINDS.keySet()).containsExactlyInAnyOrder(Cue.values());
    }

    @Test
    void eachCueFindsItsWordsWhole() {
        FINDS.forEach((cue, examples) -> {
            for (String example : examples) {
                // "[words] after": the cue finds the words in brackets, with what follows them
                String words = example.startsWith("[") ? example.substring(1, example.indexOf(']')) : example;
                String sentence = "Trên địa bàn " + example.replace("[", "").replace("]", "") + " nói trên";
                List<Mark> marks = Marks.find(sentence);
                assertThat(marks)
                        .as(cue + " in «" + sentence + "»")
                        .anyMatch(m -> m.cue() == cue
                                && sentence.substring(m.start(), m.end()).equals(words));
            }
        });
    }

    @Test
    void eachCueLeavesNearWordsAlone() {
        LEAVES.forEach((cue, examples) -> {
            for (String words : examples) {
                assertThat(Marks.find("Theo " + words + " nói trên"))
                        .as(cue + " in «" + words + "»")
                        .noneMatch(m -> m.cue() == cue);
            }
        });
    }

    @Test
    void amountsAreExactWithTheirCurrencyAndDigits() {
        assertAmount("21,31 tỷ USD", "21310000000", "USD", 4);
        assertAmount("8.540 triệu USD", "8540000000", "USD", 4);
        assertAmount("180,1 triệu USD", "180100000", "USD", 4);
        assertAmount("438.470 USD", "438470", "USD", 6);
        assertAmount("23 tỷ 338 triệu đồng", "23338000000", "VND", 5);
        assertAmount("5 nghìn tỷ đồng", "5000000000000", "VND", 1);
        assertAmount("950 ngàn USD", "950000", "USD", 3);
        Mark change = only("tăng 0,5 tỷ USD", Cue.AMOUNT);
        assertThat(change.verb()).isEqualTo("tăng");
    }

    @Test
    void percentsKeepTheirVerbAndWhetherTheyAreOfThePlan() {
        Mark plan = only("bằng 75,7% kế hoạch", Cue.PERCENT);
        assertThat(plan.value()).isEqualByComparingTo("75.7");
        assertThat(plan.verb()).isEqualTo("bằng");
        assertThat(plan.ofPlan()).isTrue();
        Mark fall = only("giảm 1,43%", Cue.PERCENT);
        assertThat(fall.verb()).isEqualTo("giảm");
        assertThat(fall.ofPlan()).isFalse();
        assertThat(only("tăng trưởng âm 2%", Cue.PERCENT).verb()).isEqualTo("giảm");
        Mark exceed = only("vượt kế hoạch 18%", Cue.EXCEED_PLAN);
        assertThat(exceed.verb()).isEqualTo("vượt");
        assertThat(exceed.ofPlan()).isTrue();
        assertThat(only("tăng gấp đôi", Cue.FACTOR).value()).isEqualByComparingTo("2");
    }

    @Test
    void periodPhrasesResolveInTheirContext() {
        Period context = Period.ofCode("2021-9M");
        assertPeriod("9 tháng năm 2021", Cue.FIRST_MONTHS, context, "2021-9M");
        assertPeriod("6 tháng đầu năm", Cue.FIRST_MONTHS, context, "2021-H1");
        assertPeriod("6 tháng cuối năm 2020", Cue.SECOND_HALF, context, "2020-H2");
        assertPeriod("quý III/2020", Cue.QUARTER, context, "2020-Q3");
        assertPeriod("tháng 6", Cue.MONTH, context, "2021-06");
        assertPeriod("tính đến ngày 30/6/2021", Cue.UP_TO_DATE, context, "2021-H1");
        assertPeriod("năm 2022", Cue.YEAR, context, "2022");
        assertPeriod("cả năm", Cue.THIS_YEAR, context, "2021");
        assertPeriod("năm trước", Cue.LAST_YEAR, context, "2020");
        assertPeriod("cùng kỳ năm trước", Cue.SAME_PERIOD, context, "2020-9M");
        assertPeriod("cùng kỳ năm 2019", Cue.SAME_PERIOD, context, "2019-9M");
        // compared with: a year against part of a year is the same part of that year
        PeriodPhrase year = only("năm 2020", Cue.YEAR).phrase();
        assertThat(year.comparedWith(context)).contains(Period.ofCode("2020-9M"));
        assertThat(year.comparedWith(Period.ofCode("2021"))).contains(Period.ofCode("2020"));
        PeriodPhrase months = only("6 tháng đầu năm", Cue.FIRST_MONTHS).phrase();
        assertThat(months.comparedWith(Period.ofCode("2021-H1"))).contains(Period.ofCode("2020-H1"));
        assertThat(PeriodPhrase.inYear(Period.ofCode("2024-02"), 2023)).isEqualTo(Period.ofCode("2023-02"));
    }

    private static void assertAmount(String words, String value, String currency, int precision) {
        Mark m = only(words, Cue.AMOUNT);
        assertThat(m.value()).as(words).isEqualByComparingTo(value);
        assertThat(m.currency()).as(words).isEqualTo(currency);
        assertThat(m.precision()).as(words).isEqualTo(precision);
    }

    private static void assertPeriod(String words, Cue cue, Period context, String expected) {
        assertThat(only(words, cue).phrase().resolve(context)).as(words).contains(Period.ofCode(expected));
    }

    private static Mark only(String words, Cue cue) {
        List<Mark> marks = Marks.find(words);
        assertThat(marks).as(words).hasSize(1);
        assertThat(marks.get(0).cue()).as(words).isEqualTo(cue);
        return marks.get(0);
    }
}
