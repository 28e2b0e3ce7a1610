package vn.doingoai.agreement;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The {@code agreements} section of the dataset document (order 20: after partners, before what carries them out). */
@Component
class AgreementImport {

    private final AgreementRepository repository;
    private final AgreementBook agreements;
    private final Partners partners;
    private final AgreementDocuments policyDocuments;

    AgreementImport(
            AgreementRepository repository,
            AgreementBook agreements,
            Partners partners,
            AgreementDocuments policyDocuments) {
        this.policyDocuments = policyDocuments;
        this.repository = repository;
        this.agreements = agreements;
        this.partners = partners;
    }

    @Bean
    DatasetSection<AgreementData> agreementsSection() {
        return DatasetSection.of("agreements", 20, AgreementData.class, this::importAll, agreements::exportAll);
    }

    void importAll(List<AgreementData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: the partners of every item are looked up once, before the writes. */
    private final class Run implements RefImport.Records<AgreementData, Agreement, List<Long>> {

        private Map<Long, PartnerRef> partnerRefs = Map.of();

        @Override
        public List<Long> check(int index, AgreementData item, ImportContext context) {
            context.report(index, agreements.validate(item));
            return partners
                    .resolveAll(
                            item.partners(),
                            p -> context.problem(index, "partners[" + p + "]", "validation.ref.unknown"))
                    .stream()
                    .distinct()
                    .toList();
        }

        @Override
        public Function<Agreement, Object> snapshots(Collection<Agreement> existing) {
            Map<Long, PartnerRef> refs = agreements.partnerRefs(existing);
            return a -> AgreementData.of(a, AgreementBook.refsOf(a, refs), AgreementData.Shape.EXPORT);
        }

        @Override
        public Agreement create() {
            return new Agreement();
        }

        @Override
        public void beforeWrite(List<AgreementData> items, List<List<Long>> checked) {
            Set<Long> all = new HashSet<>();
            checked.forEach(all::addAll);
            partnerRefs = partners.refs(all);
        }

        @Override
        public void write(Agreement a, AgreementData item, List<Long> partnerIds) {
            policyDocuments.link(a, item);
            a.apply(
                    item,
                    partnerIds,
                    AgreementBook.refsOf(partnerIds, partnerRefs),
                    AgreementBook.names(partnerIds, partnerRefs));
        }

        @Override
        public Object written(Agreement a, List<Long> partnerIds) {
            return AgreementData.of(a, AgreementBook.refsOf(a, partnerRefs), AgreementData.Shape.EXPORT);
        }

        @Override
        public RefImport.Approvals<AgreementData, AgreementStatus> approvals() {
            return AgreementWorkflow.IMPORT;
        }
    }
}
