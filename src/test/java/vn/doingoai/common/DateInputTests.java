package vn.doingoai.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed on pages: day/month/year the Vietnamese way, or ISO as links carry them. */
class DateInputTests {

    @Test
    void readsTheVietnameseFormAndIso() {
        assertThat(DateInput.parse("10/6/2021")).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(DateInput.parse(" 10/06/2021 ")).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(DateInput.parse("1.9.2026")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(DateInput.parse("2021-06-10")).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(DateInput.parse("")).isNull();
    }

    @Test
    void refusesDaysThatDoNotExistAndOtherForms() {
        for (String bad : new String[] {"31/2/2021", "2021/06/10", "10/6/21", "6/10", "hôm nay", "2021-6-10"}) {
            assertThatThrownBy(() -> DateInput.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void printsWhatReadsBackAsItself() {
        LocalDate day = LocalDate.of(2021, 6, 10);
        assertThat(DateInput.print(day)).isEqualTo("10/06/2021");
        assertThat(DateInput.parse(DateInput.print(day))).isEqualTo(day);
    }
}
