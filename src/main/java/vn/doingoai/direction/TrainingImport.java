package vn.doingoai.direction;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
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
        RefImport.run(items, context, repository, new RefImport.Records<TrainingData, Training, Void>() {
            @Override
            public Void check(int index, TrainingData item, ImportContext context) {
                context.report(index, trainings.validate(item));
                return null;
            }

            @Override
            public Function<Training, Object> snapshots(Collection<Training> existing) {
                return t -> TrainingData.of(t, false);
            }

            @Override
            public Training create() {
                return new Training();
            }

            @Override
            public void write(Training record, TrainingData item, Void checked) {
                record.apply(item);
            }

            @Override
            public Object written(Training record, Void checked) {
                return TrainingData.of(record, false);
            }
        });
    }
}
