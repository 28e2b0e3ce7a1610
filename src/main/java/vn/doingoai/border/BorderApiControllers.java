package vn.doingoai.border;

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

/** The border's API: {@code /api/v1/border-gates}. */
final class BorderApiControllers {

    private BorderApiControllers() {}

    static PageRequest page(int page, int size, String... sort) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, sort));
    }

    @RestController
    @RequestMapping("/api/v1/border-gates")
    static class Gates {

        private final BorderGates gates;

        Gates(BorderGates gates) {
            this.gates = gates;
        }

        @GetMapping
        PageResponse<BorderGateData> list(
                @RequestParam(required = false) String unit,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) GateKind kind,
                @RequestParam(required = false) String country,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size) {
            return PageResponse.of(
                    gates.list(new BorderGateFilter(unit, q, kind, country, openOn), page(page, size, "id")), g -> g);
        }

        @PostMapping
        @ResponseStatus(HttpStatus.CREATED)
        BorderGateData create(@Valid @RequestBody BorderGateData data) {
            return gates.create(data);
        }

        @GetMapping("/{id}")
        BorderGateData get(@PathVariable Long id) {
            return gates.read(id);
        }

        @PutMapping("/{id}")
        BorderGateData update(@PathVariable Long id, @Valid @RequestBody BorderGateData data) {
            return gates.update(id, data);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(HttpStatus.NO_CONTENT)
        void delete(@PathVariable Long id) {
            gates.delete(id);
        }
    }
}
