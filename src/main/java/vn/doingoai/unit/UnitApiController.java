package vn.doingoai.unit;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/units}: the unit tree, the units a report on a unit includes, and (admins) a new
 * agency or commune under a province.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

    private final Units units;

    UnitApiController(Units units) {
        this.units = units;
    }

    @GetMapping
    List<UnitView> list(@RequestParam(required = false) String q) {
        return units.search(q).stream().map(UnitView::of).toList();
    }

    /** Adds an agency or a commune: {@code {"code": "19-SNGV", "parent": "19", "level": "AGENCY", "name": ...}}. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UnitView create(@Valid @RequestBody UnitData data) {
        return UnitView.of(units.add(data));
    }

    @GetMapping("/{code}")
    UnitView get(@PathVariable String code) {
        return UnitView.of(units.require(code));
    }

    /** The codes a report on this unit covers (the merger rule), sorted. */
    @GetMapping("/{code}/scope")
    List<String> scope(@PathVariable String code, @RequestParam(defaultValue = "true") boolean includeMerged) {
        UnitScope scope = units.reportScope(code, includeMerged);
        return scope.all()
                ? List.of(Units.COUNTRY)
                : scope.codes().stream().sorted().toList();
    }

    record UnitView(
            String code,
            String name,
            String nameBefore,
            UnitLevel level,
            String parent,
            String mergedInto,
            java.time.LocalDate dissolvedOn,
            boolean border) {
        static UnitView of(Unit u) {
            return new UnitView(
                    u.getCode(),
                    u.getName(),
                    u.getNameBefore(),
                    u.getLevel(),
                    u.getParentCode(),
                    u.getMergedInto(),
                    u.getDissolvedOn(),
                    u.isBorder());
        }
    }
}
