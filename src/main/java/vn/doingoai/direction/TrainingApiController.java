package vn.doingoai.direction;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.PageResponse;

/** {@code /api/v1/trainings}. */
@RestController
@RequestMapping("/api/v1/trainings")
class TrainingApiController {

    private final Trainings trainings;

    TrainingApiController(Trainings trainings) {
        this.trainings = trainings;
    }

    @GetMapping
    PageResponse<TrainingData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "startDate", "id"));
        return PageResponse.of(trainings.list(new TrainingFilter(unit, q, from, to), pageable), t -> t);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TrainingData create(@Valid @RequestBody TrainingData data) {
        return trainings.create(data);
    }

    @GetMapping("/{id}")
    TrainingData get(@PathVariable Long id) {
        return trainings.read(id);
    }

    @PutMapping("/{id}")
    TrainingData update(@PathVariable Long id, @Valid @RequestBody TrainingData data) {
        return trainings.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        trainings.delete(id);
    }
}
