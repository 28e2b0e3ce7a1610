/**
 * The border (công tác biên giới), kept only where a province has a land border (its flag, {@link
 * vn.doingoai.unit.UnitBorders}): the border gates (cửa khẩu) and their closures, open on a day when
 * none of their closures covers it; the incidents at the border and their resolution; the friendship
 * pairs between the province's communes and foreign localities. Records of a province merged in
 * 2025 keep their unit, so that the new province's report and pages include its predecessor's
 * border. Figures {@code border.gates.open}, {@code border.incidents}, {@code
 * border.incidents.resolved} and {@code border.pairs}; the page {@code /border} shows the gates and
 * their state today.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common", "dataset", "history", "partner", "period", "report", "search", "unit", "user", "web"
        })
package vn.doingoai.border;
