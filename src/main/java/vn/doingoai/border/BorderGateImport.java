package vn.doingoai.border;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.RefImport;

/** The {@code borderGates} section of the dataset document (order 88, before the incidents), by ref. */
@Component
class BorderGateImport {

    @Bean
    DatasetSection<BorderGateData> borderGatesSection(
            BorderGateRepository repository, BorderGateBook gates, BorderUnits borderUnits) {
        return DatasetSection.of(
                "borderGates",
                88,
                BorderGateData.class,
                (items, context) -> RefImport.run(items, context, repository, new BorderRecords<>(gates, borderUnits)),
                gates::exportAll);
    }
}
