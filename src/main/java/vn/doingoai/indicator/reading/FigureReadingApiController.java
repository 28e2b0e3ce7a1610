package vn.doingoai.indicator.reading;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.period.Period;

/**
 * {@code POST /api/v1/figures/read?unit=CODE&period=PERIOD}: the figures a report's text states,
 * for review before they are saved as indicator values. The body is the report: plain text
 * (UTF-8) or a .docx.
 */
@RestController
@RequestMapping("/api/v1/figures")
class FigureReadingApiController {

    /** The answer: {@code {"figures": [...]}}. */
    record Figures(List<ReadFigure> figures) {}

    private final FigureReading reading;

    FigureReadingApiController(FigureReading reading) {
        this.reading = reading;
    }

    @PostMapping(
            path = "/read",
            consumes = {"text/*", ReportText.DOCX, MediaType.APPLICATION_OCTET_STREAM_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Figures read(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period,
            HttpServletRequest request)
            throws IOException {
        Period checked = reading.check(unit, period);
        byte[] body = ReportText.read(request.getInputStream(), request.getContentLengthLong());
        return new Figures(reading.read(ReportText.text(body, request.getContentType()), checked));
    }
}
