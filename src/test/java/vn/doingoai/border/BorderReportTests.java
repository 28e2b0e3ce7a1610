package vn.doingoai.border;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;
import vn.doingoai.support.ReportText;

/**
 * The border section of the periodic report (area VII), read from its Word document: Nghệ An's gates
 * and those closed on the last day by name, its incidents and those resolved, its friendship pairs
 * and the new ones, over a half year and a year, in Vietnamese and in English; a report with nothing
 * on the border has no such section.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BorderReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theReportWritesTheGatesTheIncidentsAndThePairsOfABorderProvince() throws Exception {
        Api api = new Api(mvc, json);
        BorderTests.commune(mvc, "40-XNK", "Xã Nậm Cắn (Bd40)", "40");
        BorderTests.commune(mvc, "40-XTH", "Xã Tam Hợp (Bd40)", "40");
        api.importDataset(BorderTests.NGHE_AN);

        String year = ReportText.of(api, "40", "2021-01-01", "2021-12-31");
        assertThat(year)
                .contains("CÔNG TÁC BIÊN GIỚI, LÃNH THỔ")
                .contains("Đến ngày 31/12/2021, trên tuyến biên giới của tỉnh có 04 cửa khẩu, lối mở, trong đó 03 đang"
                        + " hoạt động, 01 tạm dừng hoạt động (cửa khẩu phụ Tam Hợp Bd40 từ ngày 1/3/2020).")
                .contains("Trong năm 2021, trên tuyến biên giới phát sinh 03 vụ việc, đã giải quyết xong 02 vụ việc.")
                .contains("Tỉnh duy trì 02 cặp kết nghĩa giữa các xã, bản biên giới với các địa phương nước ngoài,"
                        + " trong đó 01 cặp mới thiết lập trong năm 2021.");

        String half = ReportText.of(api, "40", "2021-01-01", "2021-06-30");
        assertThat(half)
                .contains("trong đó 02 đang hoạt động, 02 tạm dừng hoạt động (lối mở Lối mở Bd40 từ ngày 1/5/2021 và"
                        + " cửa khẩu phụ Tam Hợp Bd40 từ ngày 1/3/2020).")
                .contains("Trong 6 tháng đầu năm 2021, trên tuyến biên giới phát sinh 02 vụ việc, đã giải quyết xong"
                        + " 01 vụ việc.")
                .contains("Tỉnh duy trì 01 cặp kết nghĩa giữa các xã, bản biên giới với các địa phương nước ngoài.");

        String english = ReportText.of(api, "40", "2021-01-01", "2021-12-31", "en");
        assertThat(english)
                .contains("BORDER AND TERRITORY")
                .contains("By 31 December 2021, the province had 4 border gates and crossings on its border, 3 of them"
                        + " open, 1 closed (secondary gate Tam Hợp Bd40 since 1 March 2020).")
                .contains("In the year 2021, 3 incidents occurred on the border, 2 of them resolved.")
                .contains("The province kept 2 friendship pairs between border communes and foreign localities, 1 of"
                        + " them new in the year 2021.");

        // a year with no incident says the border was calm, beside the gates
        assertThat(ReportText.of(api, "40", "2022-01-01", "2022-12-31"))
                .contains("Trong năm 2022, tình hình an ninh, trật tự trên tuyến biên giới ổn định, không phát sinh"
                        + " vụ việc.")
                .doesNotContain(" 0 vụ việc")
                .doesNotContain(" 00 ");
    }
}
