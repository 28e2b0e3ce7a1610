package vn.doingoai.ngo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.HistoryRefs;

/** A registration's NGO by name in its history. */
@Component
class NgoHistoryRefs implements HistoryRefs {

    private final Partners partners;

    NgoHistoryRefs(Partners partners) {
        this.partners = partners;
    }

    @Override
    public Set<String> fields() {
        return Set.of("ngo");
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> refs) {
        Map<String, String> names = new HashMap<>();
        refs.forEach(ref -> partners.resolve(ref).ifPresent(p -> names.put(ref, p.displayName())));
        return names;
    }
}
