package vn.doingoai.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Units by name: merged units never look alike, and names come from the unit tree of the data
 * version, never from reading the units again.
 */
class UnitNamesTests {

    private final UnitRepository repository = mock(UnitRepository.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    private final UnitTree tree = mock(UnitTree.class);
    private final UnitNames names = new UnitNames(tree, messages);

    UnitNamesTests() {
        messages.addMessage("unit.until", Locale.forLanguageTag("vi"), "(đến {0})");
        messages.addMessage("unit.until", Locale.ENGLISH, "(until {0})");
        Unit bacNinh = new Unit("24", "Tỉnh Bắc Ninh", UnitLevel.PROVINCE, "VN");
        Unit oldBacNinh = new Unit("27", "Tỉnh Bắc Ninh", UnitLevel.PROVINCE, "VN");
        ReflectionTestUtils.setField(oldBacNinh, "dissolvedOn", LocalDate.of(2025, 6, 30));
        ReflectionTestUtils.setField(oldBacNinh, "mergedInto", "24");
        when(tree.snapshot()).thenReturn(new UnitTree.Snapshot(List.of(bacNinh, oldBacNinh)));
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theOldUnitOfAMergerIsLabelledWithItsLastDay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(names.label("24")).isEqualTo("Tỉnh Bắc Ninh");
        assertThat(names.label("27")).isEqualTo("Tỉnh Bắc Ninh (đến 30/06/2025)");
        assertThat(names.option("27")).isEqualTo("27 · Tỉnh Bắc Ninh (đến 30/06/2025)");
        assertThat(names.label("nowhere")).isEqualTo("nowhere");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(names.label("27")).isEqualTo("Tỉnh Bắc Ninh (until 30/06/2025)");
    }

    @Test
    void aPageNamesItsUnitsFromTheTreeOfTheDataVersionWithoutReadingTheUnits() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        for (int row = 0; row < 100; row++) {
            names.label(row % 2 == 0 ? "24" : "27");
        }
        verify(tree, times(100)).snapshot();
        verifyNoInteractions(repository);
    }
}
