package vn.doingoai.delegation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementRef;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/**
 * The {@code delegations} section of the dataset document (order 30, after partners and
 * agreements), imported by ref with the delegation workflow: a delegation comes approved, rejected
 * or done only from a user who may approve its unit. The persons of all members are found or made
 * in one query.
 */
@Component
class DelegationImport {

    private final DelegationRepository repository;
    private final DelegationBook delegations;
    private final DelegationRefs refs;
    private final Persons persons;
    private final Partners partners;

    DelegationImport(
            DelegationRepository repository,
            DelegationBook delegations,
            DelegationRefs refs,
            Persons persons,
            Partners partners) {
        this.repository = repository;
        this.delegations = delegations;
        this.refs = refs;
        this.persons = persons;
        this.partners = partners;
    }

    @Bean
    DatasetSection<DelegationData> delegationsSection() {
        return DatasetSection.of("delegations", 30, DelegationData.class, this::importAll, delegations::exportAll);
    }

    void importAll(List<DelegationData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** What checking a delegation resolved: its partners, its agreement and its named members. */
    private record Checked(List<Long> partnerIds, Optional<AgreementRef> agreement, List<MemberData> members) {}

    /** One import: the persons and partners of every item are looked up once, before the writes. */
    private final class Run implements RefImport.Records<DelegationData, Delegation, Checked> {

        private Map<String, Person> people = Map.of();
        private Map<Long, PartnerRef> partnerRefs = Map.of();

        @Override
        public Checked check(int index, DelegationData item, ImportContext context) {
            context.report(index, delegations.validate(item));
            List<Long> partnerIds = partners.resolveAll(
                    item.partners(), j -> context.problem(index, "partners[" + j + "]", "validation.ref.unknown"));
            Optional<AgreementRef> agreement =
                    delegations.agreementOf(item, () -> context.problem(index, "agreement", "validation.ref.unknown"));
            return new Checked(partnerIds, agreement, Persons.named(item));
        }

        @Override
        public Function<Delegation, Object> snapshots(Collection<Delegation> existing) {
            Map<Long, PartnerRef> before = refs.of(existing);
            return d -> DelegationData.of(d, before, false);
        }

        @Override
        public Delegation create() {
            return new Delegation();
        }

        @Override
        public void beforeWrite(List<DelegationData> items, List<Checked> checked) {
            List<MemberData> members = new ArrayList<>();
            Set<Long> partnerIds = new HashSet<>();
            checked.forEach(c -> {
                members.addAll(c.members());
                partnerIds.addAll(c.partnerIds());
            });
            people = persons.of(members);
            partnerRefs = partners.refs(partnerIds);
        }

        @Override
        public void write(Delegation d, DelegationData item, Checked checked) {
            d.rememberPartnerRefs(partnerRefs);
            refs.linkDocument(d, item);
            d.linkAgreement(
                    checked.agreement().map(AgreementRef::id).orElse(null),
                    checked.agreement().map(AgreementRef::ref).orElse(null));
            d.apply(item, checked.partnerIds(), Persons.members(checked.members(), people));
        }

        @Override
        public Object written(Delegation d, Checked checked) {
            return DelegationData.of(d, partnerRefs, false);
        }

        @Override
        public RefImport.Approvals<DelegationData, DelegationStatus> approvals() {
            return DelegationWorkflow.IMPORT;
        }
    }
}
