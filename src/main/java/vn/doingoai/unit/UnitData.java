package vn.doingoai.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.doingoai.common.PlainText;

/**
 * An agency or a commune as the API ({@code POST /api/v1/units}) and the {@code units} section of
 * the dataset document write it: {@code {"code": "19-SNGV", "parent": "19", "level": "AGENCY",
 * "name": "Sở Ngoại vụ"}}. The parent is a province; provinces and the country are built in.
 */
public record UnitData(
        @NotBlank @PlainText(max = 40) String code,
        @NotBlank @PlainText(max = 40) String parent,
        @NotNull UnitLevel level,
        @NotBlank @PlainText(max = 300) String name) {

    static UnitData of(Unit unit) {
        return new UnitData(unit.getCode(), unit.getParentCode(), unit.getLevel(), unit.getName());
    }

    /** Whether an existing unit is this one: same parent and level (its name may differ). */
    public boolean sameUnitAs(Unit unit) {
        return unit.getCode().equals(code == null ? null : code.trim())
                && unit.getLevel() == level
                && unit.getParentCode() != null
                && unit.getParentCode().equals(parent == null ? null : parent.trim());
    }
}
