package vn.doingoai.direction;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doingoai.support.Api;

/** Units, users and documents shared by the direction tests: agencies and a commune of Nghệ An (40) and Hà Tĩnh (42). */
final class DirectionFixtures {

    static final String PROVINCE = "40";
    static final String AGENCY_A = "40-R13A";
    static final String AGENCY_B = "40-R13B";
    static final String COMMUNE = "40-R13X";
    static final String OTHER_PROVINCE_AGENCY = "42-R13A";
    static final String PASSWORD = "direction-test-pw";

    private DirectionFixtures() {}

    /** The test's agencies and commune, added once per database. */
    static void units(Api admin) throws Exception {
        unit(admin, AGENCY_A, "40", "AGENCY", "Sở Ngoại vụ (thử R13)");
        unit(admin, AGENCY_B, "40", "AGENCY", "Sở Giáo dục (thử R13)");
        unit(admin, COMMUNE, "40", "COMMUNE", "Xã Thử Nghiệm (R13)");
        unit(admin, OTHER_PROVINCE_AGENCY, "42", "AGENCY", "Sở Ngoại vụ Hà Tĩnh (thử R13)");
    }

    static void unit(Api admin, String code, String parent, String level, String name) throws Exception {
        if (admin.get("/api/v1/units/" + code).andReturn().getResponse().getStatus() == 404) {
            admin.post("/api/v1/units", Map.of("code", code, "parent", parent, "level", level, "name", name))
                    .andExpect(status().isCreated());
        }
    }

    /** A user of a role and unit, added once; answers the API as that user. */
    static Api user(Api admin, String name, String role, String unit) throws Exception {
        int answer = admin.post(
                        "/api/v1/users", Map.of("username", name, "password", PASSWORD, "role", role, "unit", unit))
                .andReturn()
                .getResponse()
                .getStatus();
        if (answer != 201 && answer != 409 && answer != 400) {
            throw new AssertionError("Adding user " + name + " answered " + answer);
        }
        return admin.as(name, PASSWORD);
    }

    static Map<String, Object> task(String ref, String assignee, String title, String dueOn, String doneOn) {
        Map<String, Object> t = new HashMap<>();
        t.put("ref", ref);
        t.put("assignee", assignee);
        t.put("title", title);
        t.put("dueOn", dueOn);
        t.put("doneOn", doneOn);
        return t;
    }

    static Map<String, Object> document(
            String ref, String unit, String number, String issuedOn, List<Map<String, Object>> tasks) {
        Map<String, Object> d = new HashMap<>();
        d.put("ref", ref);
        d.put("unit", unit);
        d.put("kind", "PLAN");
        d.put("number", number);
        d.put("issuedOn", issuedOn);
        d.put("title", "Triển khai công tác đối ngoại " + ref);
        d.put("tasks", new ArrayList<>(tasks));
        return d;
    }
}
