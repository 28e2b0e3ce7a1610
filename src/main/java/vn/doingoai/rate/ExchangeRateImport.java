package vn.doingoai.rate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.dataset.DatasetSection;

/**
 * The {@code exchangeRates} section of the dataset: rates come first (order 5), every amount is
 * converted with them; they are shared by every unit, so each export carries all of them.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeRateImport {

    @Bean
    DatasetSection<ExchangeRateData> exchangeRatesSection(ExchangeRates rates) {
        return DatasetSection.of(
                "exchangeRates", 5, ExchangeRateData.class, rates::importAll, scope -> rates.exportAll());
    }
}
