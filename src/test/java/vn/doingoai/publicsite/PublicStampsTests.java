package vn.doingoai.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doingoai.config.DataVersion;
import vn.doingoai.support.TestDatabase;

/**
 * The stamps of the public pages kept in memory: a change made behind the stamps' back is not seen
 * (the page comes from the cache, the database is not asked), another instance's write is seen as
 * soon as its notice arrives (PostgreSQL), a lost notices' connection reads every stamp again when
 * it is open again (PostgreSQL), and a write that bypassed JPA renews every stamp (a restore).
 * Units 42, 44 and 40. (A write through the API seen at the very next request:
 * {@code PublicSiteTests.aPublicationIsSeenByTheVeryNextRequestAndATakeDownToo}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicStampsTests {

    static final Duration NOTICE_WAIT = Duration.ofSeconds(15);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    StampNotices notices;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    PlatformTransactionManager transactions;

    String contact(String unit) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/p/" + unit + "/contact")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Asks for the page until it holds {@code text}, for at most {@link #NOTICE_WAIT}. */
    boolean seenSoon(String unit, String text) throws Exception {
        long end = System.nanoTime() + NOTICE_WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (contact(unit).contains(text)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** A connection of another instance: not from this application's pool. */
    Connection otherInstance() throws Exception {
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        properties.setProperty("user", dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        return DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
    }

    @Test
    void anotherInstancesWriteIsSeenWhenItsNoticeArrives() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "notices between instances: PostgreSQL only");
        assertThat(contact("42")).doesNotContain("Sở Ngoại vụ Hà Tĩnh");
        jdbc.update(
                "insert into public_profile (unit_code, version, office_name) values ('42', 0, 'Sở Ngoại vụ Hà Tĩnh')");
        assertThat(contact("42")).as("behind the stamps' back: from the cache").doesNotContain("Sở Ngoại vụ Hà Tĩnh");

        try (Connection other = otherInstance()) {
            other.setAutoCommit(false);
            try (PreparedStatement update = other.prepareStatement(
                    "update public_version set stamp = stamp + 1, seq = seq + 1 where unit_code = '42'")) {
                update.executeUpdate();
            }
            long stamp;
            long seq;
            try (var read = other.createStatement();
                    var rs = read.executeQuery("select stamp, seq from public_version where unit_code = '42'")) {
                rs.next();
                stamp = rs.getLong(1);
                seq = rs.getLong(2);
            }
            try (PreparedStatement notify =
                    other.prepareStatement("select pg_notify(?, current_schema() || '|' || ?)")) {
                notify.setString(1, PublicStamps.CHANNEL);
                notify.setString(2, PublicStamps.payload(Map.of("42", new PublicStamps.Row(stamp, seq))));
                notify.execute();
            }
            Thread.sleep(200);
            assertThat(contact("42")).as("not before the commit").doesNotContain("Sở Ngoại vụ Hà Tĩnh");
            other.commit();
        }
        assertThat(seenSoon("42", "Sở Ngoại vụ Hà Tĩnh")).isTrue();
    }

    @Test
    void aLostNoticesConnectionReadsEveryStampAgain() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "notices between instances: PostgreSQL only");
        assertThat(contact("44")).doesNotContain("Sở Ngoại vụ Quảng Trị");
        jdbc.update(
                "insert into public_profile (unit_code, version, office_name) values ('44', 0, 'Sở Ngoại vụ Quảng Trị')");
        // Committed while nobody listened: a stamp raised with no notice.
        jdbc.update("update public_version set stamp = stamp + 1, seq = seq + 1 where unit_code = '44'");
        assertThat(contact("44")).doesNotContain("Sở Ngoại vụ Quảng Trị");

        long end = System.nanoTime() + NOTICE_WAIT.toNanos();
        while (notices.backendPid() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        int pid = notices.backendPid();
        assertThat(pid).isNotZero();
        jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, pid);
        assertThat(seenSoon("44", "Sở Ngoại vụ Quảng Trị")).isTrue();
        assertThat(notices.backendPid()).isNotEqualTo(pid);
    }

    @Test
    void aWriteThatBypassedJpaRenewsEveryStamp() throws Exception {
        assertThat(contact("40")).doesNotContain("Sở Ngoại vụ Nghệ An");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update(
                    "insert into public_profile (unit_code, version, office_name) values ('40', 0, 'Sở Ngoại vụ Nghệ An')");
            dataVersion.touch();
            try {
                assertThat(contact("40")).as("not before the commit").doesNotContain("Sở Ngoại vụ Nghệ An");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(contact("40")).contains("Sở Ngoại vụ Nghệ An");
    }
}
