package vn.doingoai.indicator.reading;

import java.util.regex.Pattern;

/**
 * The named patterns of the reader. Each finds one kind of {@link Mark} in a sentence whose spaces
 * are single and whose letters are composed (NFC); case does not matter except in abbreviations
 * ({@code XNK}, {@code GRDP}). Where two marks overlap, the one that starts first (then the longer)
 * wins, so a longer phrase ({@code thuế xuất nhập khẩu}) hides the shorter one inside it.
 */
enum Cue {
    // ---- what a figure is about

    /**
     * {@code tổng kim ngạch xuất nhập khẩu}, {@code xuất, nhập khẩu}, {@code XNK}, {@code kim ngạch
     * thương mại}, {@code trao đổi thương mại}, {@code tổng kim ngạch qua các cửa khẩu}.
     */
    TRADE_TOTAL(
            Mark.Kind.INDICATOR,
            "(?:xuất(?: khẩu)? ?(?:,|và|-|–|/|&)? ?nhập khẩu|(?-i:XNK)|(?:kim ngạch|giá trị|trị giá) thương mại"
                    + "|(?:trao đổi|buôn bán) (?:thương mại|hàng h[óo]a)"
                    + "|tổng kim ngạch(?= (?:hàng h[óo]a )?(?:qua|trên địa bàn|của tỉnh)))"),
    /** {@code xuất khẩu}, {@code XK}. */
    TRADE_EXPORT(Mark.Kind.INDICATOR, "(?:xuất khẩu|(?-i:XK))"),
    /** {@code nhập khẩu}, {@code NK}. */
    TRADE_IMPORT(Mark.Kind.INDICATOR, "(?:nhập khẩu|(?-i:NK))"),
    /**
     * {@code tốc độ tăng trưởng kinh tế (GRDP)}, {@code kinh tế} before {@code tăng trưởng}, {@code
     * tổng sản phẩm trên địa bàn}, {@code GRDP}.
     */
    GRDP_GROWTH(
            Mark.Kind.INDICATOR,
            "(?:(?:tốc độ )?tăng trưởng kinh tế(?: ?\\( ?(?-i:GRDP) ?\\))?|(?:nền )?kinh tế(?: của tỉnh)?(?= tăng trưởng)"
                    + "|tổng sản phẩm (?:trên địa bàn|(?:trong|của) tỉnh)(?: tỉnh)?(?: ?\\( ?(?-i:GRDP) ?\\))?"
                    + "|(?-i:GRDP))"),
    /**
     * Another subject (investment, aid, budget, tourism, duties…) or another economy (the country's,
     * two countries' trade): what follows is not the province's trade nor growth. The budget, duties
     * or credit of trade ({@code thu ngân sách từ hoạt động xuất nhập khẩu}) are no trade value.
     */
    OTHER_TOPIC(
            Mark.Kind.OTHER_TOPIC,
            "(?:(?:thu )?(?:thuế|ngân sách(?: nhà nước)?|tín dụng|vốn)(?: (?:từ|trên|cho|của))?(?: hoạt động)?"
                    + " (?:xuất nhập|xuất|nhập) khẩu|(?:xuất khẩu|đưa) (?:người )?lao động|(?-i:FDI|ODA|NGO|PCPNN|DDI)"
                    + "|đầu tư|vốn|viện trợ|tài trợ|giải ngân|ngân sách|thu nội địa|du lịch|doanh thu|lượt khách"
                    + "|khách quốc tế|dự án|kiều hối|bán lẻ|tín dụng|thuế"
                    + "|song phương|hai nước|cả nước|Việt Nam)"),
    /** A sector or another measure of the economy: a percent after it is not the GRDP growth. */
    OTHER_SECTOR(
            Mark.Kind.OTHER_SECTOR,
            "(?:công nghiệp|nông nghiệp|lâm nghiệp|th(?:ủy|uỷ) sản|dịch vụ|xây dựng|thuế sản phẩm"
                    + "|bình quân đầu người|thu nhập|chỉ số|(?-i:IIP)|khu vực|ngành)"),

    // ---- when

    /** A date ({@code ngày 10/6/2021}): not a period, and its numbers are no figure. */
    DATE(
            Mark.Kind.DATE,
            "(?:ngày \\d{1,2} ?[/.-] ?\\d{1,2}(?: ?[/.-] ?\\d{2,4})?|ngày \\d{1,2} tháng \\d{1,2}(?: năm \\d{4})?"
                    + "|\\d{1,2}/\\d{1,2}/\\d{4})(?!\\p{N})"),
    /** {@code theo giá so sánh năm 2010}: the year prices are counted in, no period of a figure. */
    PRICE_BASE(Mark.Kind.DATE, "(?:theo )?giá (?:so sánh|hiện hành|cố định)(?: (?:năm )?\\d{4})?"),
    /** {@code tính đến ngày 30/6/2021}, {@code đến hết tháng 6/2021}: January to that month. */
    UP_TO_DATE(
            Mark.Kind.PERIOD,
            "(?:tính )?(?:từ đầu năm(?: \\d{4})? )?(?:đến|tới) (?:hết |cuối )?(?:(?:ngày )?\\d{1,2} ?[/.-] ?)?"
                    + "(?:tháng )?(\\d{1,2}) ?[/.-] ?(\\d{4})(?!\\p{N})"),
    /** {@code đến hết tháng 6}, {@code đến cuối tháng 9 năm 2021}. */
    UP_TO_MONTH(
            Mark.Kind.PERIOD,
            "(?:tính )?(?:từ đầu năm(?: \\d{4})? )?(?:đến|tới) (?:hết|cuối) tháng (\\d{1,2})(?: ?(?:/|-|năm) ?(\\d{4}))?"),
    /** {@code 9 tháng năm 2021}, {@code 6 tháng đầu năm 2023}, {@code sáu tháng}: January to month n. */
    FIRST_MONTHS(
            Mark.Kind.PERIOD,
            "(\\d{1,2}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười hai|mười) tháng(?: đầu)?"
                    + "(?: (?:của )?năm(?: (\\d{4})(?!\\p{N})|(?= nay))?)?"),
    /** {@code 6 tháng cuối năm}, {@code nửa cuối năm 2021}. */
    SECOND_HALF(Mark.Kind.PERIOD, "(?:(?:6|sáu) tháng cuối|nửa cuối) năm(?: (\\d{4})(?!\\p{N}))?"),
    /** {@code nửa đầu năm 2021}. */
    FIRST_HALF(Mark.Kind.PERIOD, "nửa đầu năm(?: (\\d{4})(?!\\p{N}))?"),
    /** {@code quý III/2021}, {@code quý 3 năm 2021}, {@code quý I}. */
    QUARTER(Mark.Kind.PERIOD, "qu[ýí] (IV|I{1,3}|[1-4])(?: ?(?:/|-|năm) ?(\\d{4}))?"),
    /** {@code 3 quý đầu năm}: January to the end of the third quarter. */
    FIRST_QUARTERS(Mark.Kind.PERIOD, "(\\d|hai|ba) quý(?: đầu)?(?: năm(?: (\\d{4})(?!\\p{N}))?)?"),
    /** {@code tháng 6/2021}, {@code tháng 6 năm 2021}, {@code tháng 6}. */
    MONTH(Mark.Kind.PERIOD, "tháng (\\d{1,2})(?: ?(?:/|-|năm) ?(\\d{4}))?(?![\\p{N}/])"),
    /**
     * {@code năm 2022}, {@code cả năm 2021}; not {@code năm 2021-2025}, nor after {@code đến}, {@code
     * từ}… ({@code đến năm 2030}: {@link Marks} looks at the word before).
     */
    YEAR(Mark.Kind.PERIOD, "(?:cả )?năm (\\d{4})(?! ?[-–—] ?\\d{2,4})(?!\\p{N})"),
    /** {@code cả năm}, {@code năm nay}: the whole year. */
    THIS_YEAR(Mark.Kind.PERIOD, "(?:cả năm|năm nay)(?! \\d)"),
    /** {@code năm trước}, {@code năm ngoái}. */
    LAST_YEAR(Mark.Kind.PERIOD, "năm (?:trước|ngoái)"),
    /** {@code cùng kỳ}, {@code cùng kỳ năm trước}, {@code cùng kỳ năm 2020}, {@code cùng thời điểm}. */
    SAME_PERIOD(
            Mark.Kind.PERIOD,
            "cùng (?:k[ỳì]|thời điểm|thời k[ỳì])(?: (?:của )?năm (?:(trước|ngoái)|(\\d{4})(?!\\p{N})))?"),

    // ---- how figures relate

    /** {@code so với} (or {@code so} before {@code cùng kỳ}): the period after it is the one compared with. */
    COMPARE(Mark.Kind.COMPARE, "(?:so với|so(?= cùng))"),
    /** A comma or a semicolon between words: a plan named before it no longer holds after it. */
    CLAUSE(Mark.Kind.CLAUSE, "(?:(?<!\\d)[,;]|[,;](?!\\d))"),
    /**
     * {@code kế hoạch}, {@code chỉ tiêu}, {@code mục tiêu}, {@code phấn đấu}: the next value is a
     * plan; not after {@code thực hiện}, {@code các}… ({@link Marks} looks at the word before).
     */
    PLAN_CUE(
            Mark.Kind.PLAN_CUE,
            "(?:kế hoạch|chỉ tiêu|mục tiêu|phấn đấu)"
                    + "(?! (?:số|hành động|triển khai|thực hiện|phát triển|về|chiến lược|kinh tế))"),
    /** {@code vượt kế hoạch 18%}: 118% of the plan. */
    EXCEED_PLAN(
            Mark.Kind.PERCENT,
            "(?<verb>vượt) (?:so với )?(?:kế hoạch|(?-i:KH)|chỉ tiêu|mục tiêu)(?: (?:năm|cả năm|đề ra|được giao|giao))*"
                    + " (?<num>" + VietnameseNumbers.LITERAL + ") ?%"),
    /**
     * A percent with the verb before it and whether a plan follows: {@code đạt 19,3%}, {@code tăng
     * 7,3%}, {@code giảm 1,43%}, {@code tăng trưởng âm 2%}, {@code bằng 75,7% kế hoạch năm}, {@code
     * vượt 18% kế hoạch}; of a range ({@code 6,5-7%}, {@code từ 6,5% đến 7%}) its lower end.
     */
    PERCENT(
            Mark.Kind.PERCENT,
            "(?:(?<verb>tăng trưởng âm|tăng trưởng|tăng|giảm|âm|bằng|đạt|vượt|hoàn thành|là|chiếm)"
                    + "(?: (?:khoảng|gần|hơn|trên|dưới|mạnh|thêm|xấp xỉ|ước|được|tới|lên|ở mức|mức|từ))* )?"
                    + "(?<![\\p{L}\\p{N}.,])(?<num>" + VietnameseNumbers.LITERAL + ")"
                    + "(?:(?: ?%)? ?(?:-|–|đến) ?" + VietnameseNumbers.LITERAL + ")?(?: ?%| phần trăm)"
                    + "(?<plan> (?:so với )?(?:kế hoạch|(?-i:KH)|chỉ tiêu(?: kế hoạch)?|mục tiêu)(?: năm(?! \\d))?"
                    + "(?![\\p{L}\\p{N}]))?"),
    /** {@code gấp 2 lần}, {@code tăng gấp đôi}: a ratio to the period compared with. */
    FACTOR(Mark.Kind.FACTOR, "(?:tăng )?gấp (?<num>" + VietnameseNumbers.LITERAL + "|đôi|hai|ba|bốn)(?: lần)?"),
    /**
     * An amount of money: {@code 21,31 tỷ USD}, {@code 8.540 triệu USD}, {@code 438.470 USD}, {@code
     * 23 tỷ 338 triệu đồng}, {@code 5 nghìn tỷ đồng}; with {@code tăng}/{@code giảm} before it, a
     * change.
     */
    AMOUNT(
            Mark.Kind.AMOUNT,
            "(?:(?<verb>tăng|giảm)(?: (?:khoảng|gần|hơn|trên|thêm))* )?"
                    + "(?<![\\p{L}\\p{N}.,])(?<n1>" + VietnameseNumbers.LITERAL + ")"
                    + " ?(?<s1>nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|tỷ|tỉ|triệu|tr\\.?|nghìn|ngàn)?"
                    + "(?: (?<n2>" + VietnameseNumbers.LITERAL + ") ?(?<s2>triệu|nghìn|ngàn))?"
                    + " ?(?<cur>USD|US\\$|đô la Mỹ|đô-la Mỹ|đô la|đôla Mỹ|đôla|VNĐ|VND"
                    + "|đồng(?! (?:chí|bào|minh|hương|nghiệp|thời|bộ|loạt|đều|tình|ý|hành)))(?![\\p{L}])");

    private static final String START = "(?<![\\p{L}\\p{N}])";
    private static final String END = "(?![\\p{L}\\p{N}])";

    private final Mark.Kind kind;
    private final Pattern pattern;

    Cue(Mark.Kind kind, String regex) {
        this.kind = kind;
        boolean wordLike = kind != Mark.Kind.CLAUSE;
        String bounded = wordLike ? START + regex + (endsWithWord(kind) ? END : "") : regex;
        this.pattern = Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean endsWithWord(Mark.Kind kind) {
        return kind != Mark.Kind.PERCENT && kind != Mark.Kind.AMOUNT && kind != Mark.Kind.DATE;
    }

    Mark.Kind kind() {
        return kind;
    }

    Pattern pattern() {
        return pattern;
    }
}
