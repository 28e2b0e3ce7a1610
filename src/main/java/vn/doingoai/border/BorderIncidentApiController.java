package vn.doingoai.border;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/border-incidents}, the latest first. */
@RestController
@RequestMapping("/api/v1/border-incidents")
class BorderIncidentApiController extends RecordApi<BorderIncidentData, BorderIncidentFilter> {

    BorderIncidentApiController(BorderIncidentBook incidents) {
        super(incidents, Sort.by(Sort.Direction.DESC, "date", "id"));
    }
}
