package vn.doingoai.workbook;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The records of a section that fields of other sections name ({@code @RefersTo}), as a workbook
 * offers and reads them: by name. One bean per such section.
 */
interface References {

    /** The section: {@code partners}. */
    String section();

    /** The records the current user may name, each by its ref and its names (the first is shown); an id is read as it is. */
    List<Choice> choices();

    /** The names of an item of the section read from a workbook, the first the one shown. */
    List<String> names(JsonNode item);

    record Choice(String ref, List<String> names) {}
}
