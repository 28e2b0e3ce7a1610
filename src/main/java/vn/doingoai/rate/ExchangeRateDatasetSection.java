package vn.doingoai.rate;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The {@code exchangeRates} section: rates come first, every amount is converted with them. */
@Component
class ExchangeRateDatasetSection implements DatasetSection<ExchangeRateData> {

    private final ExchangeRates rates;

    ExchangeRateDatasetSection(ExchangeRates rates) {
        this.rates = rates;
    }

    @Override
    public String name() {
        return "exchangeRates";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Class<ExchangeRateData> itemType() {
        return ExchangeRateData.class;
    }

    @Override
    public void importItems(List<ExchangeRateData> items, ImportContext context) {
        rates.importAll(items, context);
    }

    /** Rates are shared by every unit: each export carries all of them. */
    @Override
    public List<ExchangeRateData> export(UnitScope scope) {
        return rates.exportAll();
    }
}
