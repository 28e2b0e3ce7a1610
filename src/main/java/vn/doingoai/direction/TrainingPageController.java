package vn.doingoai.direction;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The training pages: the list, a course's page, the form. */
@Controller
@RequestMapping("/trainings")
class TrainingPageController extends RecordFormPages<TrainingData, TrainingFilter, TrainingData> {

    private final TrainingBook trainings;

    TrainingPageController(TrainingBook trainings, PageParts parts) {
        super(
                parts,
                trainings,
                RecordList.of(TrainingColumns.LIST, trainings),
                new PageType("direction/training", "training", "training"));
        this.trainings = trainings;
    }

    @Override
    protected void details(Long id, Model model) {
        TrainingData training = trainings.read(id);
        model.addAttribute("training", training);
        model.addAttribute("canWrite", parts.access().canWrite(training.unit()));
    }

    @Override
    protected TrainingData blank() {
        return new TrainingData(
                null, null, null, parts.access().current().unitCode(), "", null, null, null, null, null, null);
    }
}
