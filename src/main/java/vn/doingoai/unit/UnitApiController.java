package vn.doingoai.unit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/units}: the unit tree, and the units a report on a unit includes. */
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
