package vn.doingoai.workbook;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doingoai.common.ExcelExport;
import vn.doingoai.support.Api;

/** The workbook endpoints as the workbook tests call them, as the user of {@code api}. */
record WorkbookCalls(Api api) {

    /** A workbook the API answers with 200 ({@code /api/v1/dataset.xlsx?unit=44}), as bytes. */
    byte[] get(String url) throws Exception {
        return api.get(url).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** A section's empty template. */
    byte[] template(String section) throws Exception {
        return get("/api/v1/templates/" + section + ".xlsx");
    }

    /** Imports a workbook ({@code query}: {@code ""} or {@code "?dryRun=true"}). */
    ResultActions post(byte[] workbook, String query) throws Exception {
        return api.perform(MockMvcRequestBuilders.post("/api/v1/dataset" + query)
                .contentType(ExcelExport.XLSX)
                .content(workbook));
    }
}
