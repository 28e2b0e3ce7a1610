package vn.doingoai.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.dataset.DocumentFormat;
import vn.doingoai.dataset.ImportProgress;

/**
 * The Excel workbook as a form of the dataset document: a body declared as {@code .xlsx} (by its
 * type or its file name), or one that starts like a zip or an old {@code .xls} (which is then
 * refused with a word on saving it as {@code .xlsx}).
 */
@Component
class WorkbookFormat implements DocumentFormat {

    private final Workbooks workbooks;

    WorkbookFormat(Workbooks workbooks) {
        this.workbooks = workbooks;
        ZipLimits.apply();
    }

    @Override
    public boolean reads(String contentType, String fileName, byte[] head) {
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole = head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11;
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return zip
                || ole
                || type.startsWith(ExcelExport.XLSX.toString())
                || name.endsWith(".xlsx")
                || name.endsWith(".xls");
    }

    @Override
    public Read read(Path body, ImportProgress progress) {
        return workbooks.read(body, progress);
    }

    @Override
    public byte[] mark(Path body, List<FieldProblem> problems) {
        return workbooks.mark(body, problems);
    }

    @Override
    public String mediaType() {
        return ExcelExport.XLSX.toString();
    }

    @Override
    public String extension() {
        return "xlsx";
    }
}
