package vn.doingoai.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import vn.doingoai.common.FieldProblem;

/**
 * A form of the dataset document other than JSON (an Excel workbook), read into the same JSON tree
 * and imported by the same rules ({@link DatasetService#importDocument}). A module that knows the
 * form registers it as a bean; {@link DocumentImport} picks it by the body's type and first bytes.
 */
public interface DocumentFormat {

    /** Whether this form reads a body declared as {@code contentType}, named {@code fileName} (either may be null), starting with {@code head}. */
    boolean reads(String contentType, String fileName, byte[] head);

    /**
     * Reads a body into the document. Problems of the body as a whole (not of this form, too large,
     * nothing to import) are thrown as {@link vn.doingoai.common.InvalidInputException}; problems of
     * single values come back with the document, which then leaves those values out.
     */
    Read read(Path body, ImportProgress progress);

    /** The body with the places of these problems marked, for the person who sent it to correct. */
    byte[] mark(Path body, List<FieldProblem> problems);

    /** The media type of the body and of its marked copy. */
    String mediaType();

    /** The file name extension of the form, without its dot. */
    String extension();

    /**
     * A body read: the document, the problems of its values, and how to name the place of an
     * import problem (found at a path such as {@code delegations[2].startDate}) in the body's terms.
     */
    record Read(JsonNode document, List<FieldProblem> problems, UnaryOperator<FieldProblem> place) {}
}
