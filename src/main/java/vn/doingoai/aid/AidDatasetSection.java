package vn.doingoai.aid;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code aid} section of the dataset document. */
@Component
class AidDatasetSection implements DatasetSection<AidData> {

    private final AidItems items;

    AidDatasetSection(AidItems items) {
        this.items = items;
    }

    @Override
    public String name() {
        return "aid";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<AidData> itemType() {
        return AidData.class;
    }

    @Override
    public void importItems(List<AidData> data, ImportContext context) {
        items.importAll(data, context);
    }

    @Override
    public List<AidData> export(UnitScope scope) {
        return items.exportAll(scope);
    }
}
