package vn.doingoai.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetService;

/**
 * For the list pages' "Excel template" button ({@code templates/fragments/workbook.html}): the
 * section a list shows, from its name or its path ({@code entry-approvals} is {@code entryApprovals}).
 */
@Component("workbookTemplates")
public class WorkbookTemplates {

    private static final Pattern HYPHENATED = Pattern.compile("-([a-z])");

    private final DatasetService datasets;

    WorkbookTemplates(DatasetService datasets) {
        this.datasets = datasets;
    }

    /** The section named, or null when there is none. */
    public String section(String nameOrPath) {
        if (nameOrPath == null) {
            return null;
        }
        Matcher m = HYPHENATED.matcher(nameOrPath.strip());
        String name = m.replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT));
        return datasets.sectionNames().contains(name) ? name : null;
    }

    /** The template's address. */
    public String link(String nameOrPath) {
        String section = section(nameOrPath);
        return section == null ? null : "/api/v1/templates/" + section + ".xlsx";
    }
}
