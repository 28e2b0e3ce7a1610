package vn.doingoai.border;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.RefImport;

/** The {@code borderIncidents} section of the dataset document (order 89, after the gates they name), by ref. */
@Component
class BorderIncidentImport {

    @Bean
    DatasetSection<BorderIncidentData> borderIncidentsSection(
            BorderIncidentRepository repository, BorderIncidentBook incidents, BorderUnits borderUnits) {
        return DatasetSection.of(
                "borderIncidents",
                89,
                BorderIncidentData.class,
                (items, context) ->
                        RefImport.run(items, context, repository, new BorderRecords<>(incidents, borderUnits)),
                incidents::exportAll);
    }
}
