package vn.doingoai.workbook;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/** What the workbook tests share: the application as admin ({@link #api}) and its workbook endpoints ({@link #calls}). */
@SpringBootTest
@AutoConfigureMockMvc
abstract class WorkbookTesting {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    Api api;

    WorkbookCalls calls;

    @BeforeEach
    void connect() {
        api = new Api(mvc, json);
        calls = new WorkbookCalls(api);
    }
}
