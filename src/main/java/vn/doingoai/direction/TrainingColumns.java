package vn.doingoai.direction;

import java.util.List;
import org.springframework.data.domain.Sort;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The training list's one declaration: the columns of its page and of its Excel export. */
final class TrainingColumns {

    static final ListColumns<TrainingData> LIST = ListColumns.of(
                    "nav.trainings",
                    "/trainings",
                    "dao-tao-boi-duong.xlsx",
                    t -> "/trainings/" + t.id(),
                    List.of(
                            Column.ref(TrainingData::ref),
                            Column.text("training.title", "title", TrainingData::title),
                            Column.date("training.startDate", "startDate", TrainingData::startDate),
                            Column.<TrainingData>date("training.endDate", "endDate", TrainingData::endDate)
                                    .excelOnly(),
                            Column.unit(TrainingData::unit),
                            Column.number("training.trainees", "trainees", TrainingData::trainees),
                            Column.text("training.organiser", "organiser", TrainingData::organiser),
                            Column.<TrainingData>text("training.location", "location", TrainingData::location)
                                    .excelOnly()))
            .sorted(Sort.by(Sort.Direction.DESC, "startDate"), Sort.by("startDate"));

    private TrainingColumns() {}
}
