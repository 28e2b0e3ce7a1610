package vn.doingoai.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Period codes of the contract: parsing, printing, the same period a year before, the whole year. */
class PeriodTests {

    @Test
    void parsesEveryKindOfCode() {
        assertThat(Period.ofCode("2021")).isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Period.ofCode("2021-H1")).isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)));
        assertThat(Period.ofCode("2021-H2")).isEqualTo(Period.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Period.ofCode("2021-Q3")).isEqualTo(Period.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 9, 30)));
        assertThat(Period.ofCode("2021-06")).isEqualTo(Period.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30)));
        assertThat(Period.ofCode("2020-02")).isEqualTo(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
        assertThat(Period.ofCode("2021-9M")).isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30)));
        assertThat(Period.ofCode(" 2021-1M ")).isEqualTo(Period.month(2021, 1));
        assertThat(Period.ofCode("2021-12M")).isEqualTo(Period.year(2021));
    }

    @Test
    void sameDatesAreTheSamePeriodWhateverTheCode() {
        assertThat(Period.ofCode("2021-6M")).isEqualTo(Period.ofCode("2021-H1"));
        assertThat(Period.ofCode("2021-3M")).isEqualTo(Period.ofCode("2021-Q1"));
        assertThat(Period.ofCode("2021-6M").toString()).isEqualTo("2021-H1");
        assertThat(Period.ofCode("2021-9M").toString()).isEqualTo("2021-9M");
        assertThat(Period.ofCode("2021-Q3").toString()).isEqualTo("2021-Q3");
        assertThat(Period.ofCode("2021-06").toString()).isEqualTo("2021-06");
        assertThat(Period.ofCode("2021").toString()).isEqualTo("2021");
        assertThat(Period.of(LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 10))
                        .toString())
                .isEqualTo("2021-01-05..2021-02-10");
    }

    @Test
    void rejectsWhatIsNotACode() {
        for (String bad : new String[] {
            "", "21", "2021-H3", "2021-Q5", "2021-13", "2021-00", "2021-0M", "2021-13M", "abc", "2021-9m9"
        }) {
            assertThat(Period.parse(bad)).as(bad).isEmpty();
        }
        assertThat(Period.parse(null)).isEmpty();
        assertThatThrownBy(() -> Period.ofCode("2021-H3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousYearAndWholeYear() {
        assertThat(Period.ofCode("2021-9M").previousYear()).isEqualTo(Period.ofCode("2020-9M"));
        assertThat(Period.ofCode("2020-02").previousYear()).isEqualTo(Period.ofCode("2019-02"));
        assertThat(Period.ofCode("2021-02").previousYear()).isEqualTo(Period.ofCode("2020-02"));
        assertThat(Period.ofCode("2021-Q3").wholeYear()).contains(Period.year(2021));
        assertThat(Period.of(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 1, 31))
                        .wholeYear())
                .isEmpty();
        assertThat(Period.ofCode("2021-H1").contains(LocalDate.of(2021, 6, 30))).isTrue();
        assertThat(Period.ofCode("2021-H1").contains(LocalDate.of(2021, 7, 1))).isFalse();
    }
}
