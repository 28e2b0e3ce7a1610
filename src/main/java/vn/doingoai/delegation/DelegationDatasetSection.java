package vn.doingoai.delegation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code delegations} section of the dataset document, after partners and agreements. */
@Component
class DelegationDatasetSection implements DatasetSection<DelegationData> {

    private final Delegations delegations;

    DelegationDatasetSection(Delegations delegations) {
        this.delegations = delegations;
    }

    @Override
    public String name() {
        return "delegations";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Class<DelegationData> itemType() {
        return DelegationData.class;
    }

    @Override
    public void importItems(List<DelegationData> items, ImportContext context) {
        delegations.importAll(items, context);
    }

    @Override
    public List<DelegationData> export(UnitScope scope) {
        return delegations.exportAll(scope);
    }
}
