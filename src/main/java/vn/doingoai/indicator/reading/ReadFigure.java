package vn.doingoai.indicator.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import vn.doingoai.indicator.ValueKind;

/**
 * A figure read out of a report, for an officer to review before it is saved as an indicator value:
 * {@code {"indicator": "trade.export", "period": "2021-9M", "kind": "ACTUAL", "value":
 * 21310000000, "text": "Tổng giá trị xuất khẩu ... đạt 21,31 tỷ USD ...", "derived": false,
 * "start": 78, "end": 90}}.
 *
 * @param text the sentence the figure came from
 * @param derived whether the text does not state the figure but the figure follows from it: the
 *     plan from {@code bằng 75,7% kế hoạch}, the year before from {@code tăng 7,3% so với cùng kỳ},
 *     a value in USD from one in đồng
 * @param basis how a derived figure was computed: {@code 21310000000 / 0.757}
 * @param start where the words the figure was read from start in {@code text}
 * @param end where they end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadFigure(
        String indicator,
        String period,
        ValueKind kind,
        BigDecimal value,
        String text,
        boolean derived,
        String basis,
        int start,
        int end) {}
