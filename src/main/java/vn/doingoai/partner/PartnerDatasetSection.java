package vn.doingoai.partner;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code partners} section of the dataset document. Partners come first: others refer to them. */
@Component
class PartnerDatasetSection implements DatasetSection<PartnerData> {

    private final Partners partners;

    PartnerDatasetSection(Partners partners) {
        this.partners = partners;
    }

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<PartnerData> itemType() {
        return PartnerData.class;
    }

    @Override
    public void importItems(List<PartnerData> items, ImportContext context) {
        partners.importAll(items, context);
    }

    @Override
    public List<PartnerData> export(UnitScope scope) {
        return partners.exportAll(scope);
    }
}
