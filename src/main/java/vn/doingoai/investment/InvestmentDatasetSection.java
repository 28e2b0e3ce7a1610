package vn.doingoai.investment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code investments} section of the dataset document. */
@Component
class InvestmentDatasetSection implements DatasetSection<InvestmentData> {

    private final Investments investments;

    InvestmentDatasetSection(Investments investments) {
        this.investments = investments;
    }

    @Override
    public String name() {
        return "investments";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<InvestmentData> itemType() {
        return InvestmentData.class;
    }

    @Override
    public void importItems(List<InvestmentData> items, ImportContext context) {
        investments.importAll(items, context);
    }

    @Override
    public List<InvestmentData> export(UnitScope scope) {
        return investments.exportAll(scope);
    }
}
