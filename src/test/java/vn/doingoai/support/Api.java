package vn.doingoai.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Calls the API as a program would: HTTP Basic, JSON in and out. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-test-pw";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final String user;
    private final String password;

    public Api(MockMvc mvc, ObjectMapper json) {
        this(mvc, json, ADMIN, ADMIN_PASSWORD);
    }

    public Api(MockMvc mvc, ObjectMapper json, String user, String password) {
        this.mvc = mvc;
        this.json = json;
        this.user = user;
        this.password = password;
    }

    public Api as(String otherUser, String otherPassword) {
        return new Api(mvc, json, otherUser, otherPassword);
    }

    public ResultActions get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    public ResultActions post(String url, Object body) throws Exception {
        return perform(MockMvcRequestBuilders.post(url)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(body)));
    }

    public ResultActions put(String url, Object body) throws Exception {
        return perform(MockMvcRequestBuilders.put(url)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(body)));
    }

    public ResultActions delete(String url) throws Exception {
        return perform(MockMvcRequestBuilders.delete(url));
    }

    public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, password)));
    }

    /** Reads the JSON answer of a call. */
    public JsonNode json(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    /** Imports a dataset document and fails unless it was accepted. */
    public JsonNode importDataset(String document) throws Exception {
        ResultActions result = post("/api/v1/dataset", document);
        int status = result.andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new AssertionError("Import answered " + status + ": "
                    + result.andReturn().getResponse().getContentAsString());
        }
        return json(result);
    }

    /** A scenario document, copied from {@code shared/scenarios} into the test resources. */
    public static String scenario(String name) throws Exception {
        return resource("scenarios/" + name);
    }

    /** A text file of the test resources (scenarios, seeds, reference data). */
    public static String resource(String path) throws java.io.IOException {
        try (var in = Api.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private String body(Object body) {
        return body instanceof String s ? s : json.writeValueAsString(body);
    }
}
