package vn.doingoai.aid;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The {@code aid} section of the dataset document (order 60), imported by ref with the aid workflow. */
@Component
class AidImport implements RefImport.Records<AidData, AidItem, Optional<PartnerRef>> {

    private final AidRepository repository;
    private final AidBook items;
    private final Partners partners;

    AidImport(AidRepository repository, AidBook items, Partners partners) {
        this.repository = repository;
        this.items = items;
        this.partners = partners;
    }

    @Bean
    DatasetSection<AidData> aidSection() {
        return DatasetSection.of(
                "aid",
                60,
                AidData.class,
                (data, context) -> RefImport.run(data, context, repository, this),
                items::exportAll);
    }

    @Override
    public Optional<PartnerRef> check(int index, AidData item, ImportContext context) {
        context.report(index, items.validate(item));
        if (Text.isBlank(item.donor())) {
            return Optional.empty();
        }
        Optional<PartnerRef> donor = partners.resolve(item.donor().trim());
        if (donor.isEmpty()) {
            context.problem(index, "donor", "validation.ref.unknown");
        }
        return donor;
    }

    @Override
    public Function<AidItem, Object> snapshots(Collection<AidItem> existing) {
        Map<Long, PartnerRef> refs = items.donors(List.copyOf(existing));
        return e -> AidBook.toData(e, refs, false);
    }

    @Override
    public AidItem create() {
        return new AidItem();
    }

    @Override
    public void write(AidItem record, AidData item, Optional<PartnerRef> donor) {
        AidBook.write(record, item, donor);
    }

    @Override
    public Object written(AidItem record, Optional<PartnerRef> donor) {
        return AidData.of(record, donor.map(PartnerRef::ref).orElse(null), false);
    }

    @Override
    public RefImport.Approvals<AidData, AidStatus> approvals() {
        return AidWorkflow.IMPORT;
    }
}
