package vn.doingoai.direction;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/** The {@code trainings} section of the dataset document (order 86), imported by ref. */
@Component
class TrainingImport {

    static final int ORDER = 86;

    private final TrainingRepository repository;
    private final TrainingBook trainings;

    TrainingImport(TrainingRepository repository, TrainingBook trainings) {
        this.repository = repository;
        this.trainings = trainings;
    }

    @Bean
    DatasetSection<TrainingData> trainingsSection() {
        return DatasetSection.of("trainings", ORDER, TrainingData.class, this::importAll, trainings::exportAll);
    }

    void importAll(List<TrainingData> items, ImportContext context) {
        RefImport.run(
                items,
                context,
                repository,
                RefImport.plain(trainings::validate, Training::new, Training::apply, t -> TrainingData.of(t, false)));
    }
}
