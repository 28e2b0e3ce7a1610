package vn.doingoai.unit;

import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/units/{code}/border}: whether a province lies on the border ({@code {"border":
 * true}}), read by anyone, set by admins.
 */
@RestController
@RequestMapping("/api/v1/units/{code}/border")
class UnitBorderApiController {

    record BorderFlag(@NotNull Boolean border) {}

    private final UnitBorders borders;
    private final Units units;

    UnitBorderApiController(UnitBorders borders, Units units) {
        this.borders = borders;
        this.units = units;
    }

    @GetMapping
    BorderFlag get(@PathVariable String code) {
        units.require(code);
        return new BorderFlag(borders.hasBorder(code));
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    BorderFlag set(@PathVariable String code, @jakarta.validation.Valid @RequestBody BorderFlag flag) {
        return new BorderFlag(borders.set(code, flag.border()).isBorder());
    }
}
