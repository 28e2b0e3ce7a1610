package vn.doingoai.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.web.HistoryRefs;

/** Indicators by name in a value's history, in the page's language. */
@Component
class IndicatorHistoryRefs implements HistoryRefs {

    private final IndicatorRepository repository;

    IndicatorHistoryRefs(IndicatorRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> fields() {
        return Set.of("indicator");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> codes) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, String> names = new HashMap<>();
        repository
                .findAllById(codes)
                .forEach(i -> names.put(
                        i.getCode(),
                        english && i.getNameEn() != null && !i.getNameEn().isBlank() ? i.getNameEn() : i.getNameVi()));
        return names;
    }
}
