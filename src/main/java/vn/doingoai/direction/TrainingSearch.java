package vn.doingoai.direction;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Training courses in the global search: by title, organiser and place. */
@Component
class TrainingSearch extends RecordSearch<Training> {

    TrainingSearch(TrainingRepository repository, HitText text) {
        super("nav.trainings", "/trainings/", repository, Sort.by(Sort.Direction.DESC, "startDate"), text);
    }

    @Override
    protected Function<Training, Hit> shown(List<Training> found) {
        return t -> new Hit(t.getTitle(), text.unit(t.getUnitCode()) + " · " + text.date(t.getStartDate()));
    }
}
