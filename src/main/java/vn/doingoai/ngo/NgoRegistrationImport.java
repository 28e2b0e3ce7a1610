package vn.doingoai.ngo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.partner.Partners;

/** The {@code ngoRegistrations} section of the dataset document (order 85, after partners), imported by ref. */
@Component
class NgoRegistrationImport {

    private final NgoRegistrationRepository repository;
    private final NgoRegistrationBook registrations;
    private final NgoRegistrations lookups;
    private final Partners partners;

    NgoRegistrationImport(
            NgoRegistrationRepository repository,
            NgoRegistrationBook registrations,
            NgoRegistrations lookups,
            Partners partners) {
        this.repository = repository;
        this.registrations = registrations;
        this.lookups = lookups;
        this.partners = partners;
    }

    @Bean
    DatasetSection<NgoRegistrationData> ngoRegistrationsSection() {
        return DatasetSection.of(
                "ngoRegistrations", 85, NgoRegistrationData.class, this::importAll, registrations::exportAll);
    }

    void importAll(List<NgoRegistrationData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: each item's NGO is resolved while it is checked. */
    private final class Run implements RefImport.Records<NgoRegistrationData, NgoRegistration, PartnerRef> {

        @Override
        public PartnerRef check(int index, NgoRegistrationData item, ImportContext context) {
            context.report(index, registrations.validate(item));
            return partners.resolve(item.ngo(), () -> context.problem(index, "ngo", "validation.ref.unknown"))
                    .orElse(null);
        }

        @Override
        public Function<NgoRegistration, Object> snapshots(Collection<NgoRegistration> existing) {
            Map<Long, PartnerRef> ngos = lookups.ngos(existing);
            return r -> NgoRegistrations.data(r, ngos, false);
        }

        @Override
        public NgoRegistration create() {
            return new NgoRegistration();
        }

        @Override
        public void write(NgoRegistration r, NgoRegistrationData item, PartnerRef ngo) {
            r.apply(item, ngo);
        }

        @Override
        public Object written(NgoRegistration r, PartnerRef ngo) {
            return NgoRegistrationData.of(r, ngo.ref(), false);
        }
    }
}
