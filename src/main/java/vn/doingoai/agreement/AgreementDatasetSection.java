package vn.doingoai.agreement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code agreements} section of the dataset document, after partners (they name partners). */
@Component
class AgreementDatasetSection implements DatasetSection<AgreementData> {

    private final Agreements agreements;

    AgreementDatasetSection(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Class<AgreementData> itemType() {
        return AgreementData.class;
    }

    @Override
    public void importItems(List<AgreementData> items, ImportContext context) {
        agreements.importAll(items, context);
    }

    @Override
    public List<AgreementData> export(UnitScope scope) {
        return agreements.exportAll(scope);
    }
}
