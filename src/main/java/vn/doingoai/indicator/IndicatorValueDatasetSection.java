package vn.doingoai.indicator;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code indicatorValues} section: matched by indicator, unit, period dates and kind. */
@Component
class IndicatorValueDatasetSection implements DatasetSection<IndicatorValueData> {

    private final Indicators indicators;

    IndicatorValueDatasetSection(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public String name() {
        return "indicatorValues";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Class<IndicatorValueData> itemType() {
        return IndicatorValueData.class;
    }

    @Override
    public void importItems(List<IndicatorValueData> items, ImportContext context) {
        indicators.importAll(items, context);
    }

    @Override
    public List<IndicatorValueData> export(UnitScope scope) {
        return indicators.exportAll(scope);
    }
}
