package vn.doingoai.partner;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/**
 * The {@code partners} section of the dataset document (order 10: the other records name partners).
 * Partners of no unit are shared. Every partner is written first without its parent, then the
 * parents are linked, so that a parent may come after its children in the document.
 */
@Component
class PartnerImport {

    private final PartnerRepository repository;
    private final PartnerBook partners;
    private final Partners lookups;

    PartnerImport(PartnerRepository repository, PartnerBook partners, Partners lookups) {
        this.repository = repository;
        this.partners = partners;
        this.lookups = lookups;
    }

    @Bean
    DatasetSection<PartnerData> partnersSection() {
        return DatasetSection.of("partners", 10, PartnerData.class, this::importAll, partners::exportAll);
    }

    void importAll(List<PartnerData> items, ImportContext context) {
        Partners.forgetResolved();
        RefImport.run(items, context, repository, new Run());
    }

    private final class Run implements RefImport.Records<PartnerData, Partner, Void> {

        /** The parents' refs as linked by the second pass. */
        private final Map<Partner, String> parentRefs = new IdentityHashMap<>();

        /** The partners found by ref as they were before the import. */
        private final Map<Partner, PartnerData> before = new IdentityHashMap<>();

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public Void check(int index, PartnerData item, ImportContext context) {
            context.report(index, partners.validate(item));
            return null;
        }

        @Override
        public Function<Partner, Object> snapshots(Collection<Partner> existing) {
            Map<Long, String> refs = partners.parentRefs(List.copyOf(existing));
            existing.forEach(p -> before.put(p, PartnerData.of(p, refs.get(p.getParentId()), false)));
            return before::get;
        }

        @Override
        public Partner create() {
            return new Partner();
        }

        @Override
        public void write(Partner partner, PartnerData item, Void checked) {
            partner.apply(item, partner.getParentId(), null);
        }

        @Override
        public void afterWrite(List<PartnerData> items, List<Partner> records, ImportContext context) {
            Map<String, Partner> byRef = new HashMap<>();
            records.forEach(p -> byRef.put(p.getRef(), p));
            for (int i = 0; i < items.size(); i++) {
                PartnerData item = items.get(i);
                Partner partner = records.get(i);
                Partner parent = null;
                if (!Text.isBlank(item.parent())) {
                    parent = byRef.containsKey(item.parent().trim())
                            ? byRef.get(item.parent().trim())
                            : lookups.find(item.parent()).orElse(null);
                    if (parent == null || parent == partner) {
                        context.problem(i, "parent", "validation.ref.unknown");
                        continue;
                    }
                }
                String parentRef = parent == null ? null : parent.getRef();
                partner.apply(item, parent == null ? null : parent.getId(), parentRef);
                parentRefs.put(partner, parentRef);
                // A partner other units' records name is changed only by who may write all of them;
                // the same data imported again (every export carries its partners) is no change.
                PartnerData old = before.get(partner);
                if (old != null
                        && !old.equals(PartnerData.of(partner, parentRef, false))
                        && !partners.coversItsUsers(partner)) {
                    context.problem(i, "ref", "partner.usedElsewhere");
                }
            }
        }

        @Override
        public Object written(Partner partner, Void checked) {
            return PartnerData.of(partner, parentRefs.get(partner), false);
        }
    }
}
