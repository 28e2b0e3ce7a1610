package vn.doingoai.direction;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/trainings}, the latest course first. */
@RestController
@RequestMapping("/api/v1/trainings")
class TrainingApiController extends RecordApi<TrainingData, TrainingFilter> {

    TrainingApiController(TrainingBook trainings) {
        super(trainings, Sort.by(Sort.Direction.DESC, "startDate", "id"));
    }
}
