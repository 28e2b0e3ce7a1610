package vn.doingoai.backup;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.support.Api;

/**
 * The admins' backup page, in both languages, linked from the admin menu for admins of the whole
 * country only; a restore from the page (as the body, or as a form's file) shows its outcome.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BackupPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void thePageDownloadsAndRestores() throws Exception {
        var admin = user("admin").roles("ADMIN");
        mvc.perform(get("/backup").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sao lưu và khôi phục")))
                .andExpect(content().string(Matchers.containsString("href=\"/api/v1/backup\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/backup\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/backup?lang=en").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Backup and restore")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));

        Api api = new Api(mvc, json);
        api.post(
                "/api/v1/agreements",
                Map.of("unit", "75", "level", "PROVINCE", "title", "Backup page agreement", "status", "PROPOSED"));
        byte[] backup = BackupTests.backup(api);
        mvc.perform(post("/backup/restore")
                        .contentType("application/zip")
                        .content(backup)
                        .header("HX-Request", "true")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-warning")))
                .andExpect(content().string(Matchers.containsString("đã có bản ghi")));
        mvc.perform(multipart("/backup/restore")
                        .file(new MockMultipartFile("file", "b.zip", "application/zip", "not a zip".getBytes()))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("alert-danger")))
                .andExpect(content().string(Matchers.containsString("không phải tệp .zip")));
    }

    @Test
    void onlyAdminsOfTheCountrySeeIt() throws Exception {
        new Api(mvc, json)
                .post(
                        "/api/v1/users",
                        Map.of("username", "bkp-admin75", "password", "bkp-pw-75", "role", "ADMIN", "unit", "75"));
        mvc.perform(get("/backup").with(user("bkp-admin75").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/users").with(user("bkp-admin75").roles("ADMIN")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/backup\""))));
        mvc.perform(post("/backup/restore")
                        .contentType("application/zip")
                        .content(new byte[] {1})
                        .with(user("bkp-admin75").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
