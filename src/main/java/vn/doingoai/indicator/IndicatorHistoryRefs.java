package vn.doingoai.indicator;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.doingoai.web.HistoryRefs;

/** Indicators by name in a value's history, in the page's language. */
@Configuration(proxyBeanMethods = false)
class IndicatorHistoryRefs {

    @Bean
    HistoryRefs indicatorNames(IndicatorRepository repository) {
        return HistoryRefs.of(
                Set.of("indicator"),
                repository::findAllById,
                Indicator::getCode,
                i -> "en".equals(LocaleContextHolder.getLocale().getLanguage())
                                && i.getNameEn() != null
                                && !i.getNameEn().isBlank()
                        ? i.getNameEn()
                        : i.getNameVi());
    }
}
