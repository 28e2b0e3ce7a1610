package vn.doingoai.report;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.money.VietnameseFormat;

/**
 * {@code /reports/figure?key=&unit=&from=&to=}: the records behind one figure of the report, each
 * with its contribution in the period, and a total row equal to the figure; with a link to the
 * figure's list ({@code list}, a path of this site) where its filters and Excel export are.
 */
@Controller
class FigureDrillPage {

    private final FigureDrills drills;

    FigureDrillPage(FigureDrills drills) {
        this.drills = drills;
    }

    @GetMapping("/reports/figure")
    String figure(
            @RequestParam String key,
            SummaryParams params,
            @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        FigureDrills.View view = drills.drill(key, params);
        model.addAttribute("drill", view);
        // A page of the records; the total row stays the total of them all.
        List<FigureDrills.Row> rows = view.rows();
        int first = (int) Math.min(pageable.getOffset(), rows.size());
        model.addAttribute(
                "page",
                new PageImpl<>(
                        rows.subList(first, Math.min(rows.size(), first + pageable.getPageSize())),
                        pageable,
                        rows.size()));
        model.addAttribute("from", VietnameseFormat.date(view.request().period().from()));
        model.addAttribute("to", VietnameseFormat.date(view.request().period().to()));
        model.addAttribute("unitCode", view.request().unit().getCode());
        model.addAttribute(
                "reportLink",
                "/reports?unit=" + view.request().unit().getCode() + "&from="
                        + view.request().period().from() + "&to="
                        + view.request().period().to() + "&includeMerged="
                        + view.request().includeMerged());
        model.addAttribute("listLink", view.list());
        return "report/figure";
    }
}
