package vn.doingoai.publicsite;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doingoai.unit.Units;

/**
 * The stamps of the public pages (table {@code public_version}): one per province and one for the
 * whole country ({@code VN}). A write to a record a province's pages may show gives its province's
 * stamp a new random value in the write's own transaction (a write every province's pages may show,
 * the country's stamp); the pages are cached under the two stamps they were rendered with, read once
 * per request. So a page is never served from before a committed write, on any instance sharing the
 * database, and a restored backup's stamps (random, not counters) never meet the ones cached before.
 */
@Component
class PublicStamps {

    /** The stamps a province's pages were rendered under: its own and the country's. */
    record Stamp(long province, long country) {}

    private final NamedParameterJdbcTemplate jdbc;

    PublicStamps(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamps of a province's pages; empty when the code is no province's (one query). */
    Optional<Stamp> of(String code) {
        long[] found = new long[2];
        boolean[] province = new boolean[1];
        jdbc.query(
                "select unit_code, stamp from public_version where unit_code in (:codes)",
                Map.of("codes", List.of(code, Units.COUNTRY)),
                rs -> {
                    if (rs.getString(1).equals(Units.COUNTRY)) {
                        found[1] = rs.getLong(2);
                    }
                    if (rs.getString(1).equals(code)) {
                        found[0] = rs.getLong(2);
                        province[0] = true;
                    }
                });
        return province[0] && !Units.COUNTRY.equals(code)
                ? Optional.of(new Stamp(found[0], found[1]))
                : Optional.empty();
    }

    /** The country's stamp alone (the pages that list every province). */
    long country() {
        Long stamp = jdbc.queryForObject(
                "select stamp from public_version where unit_code = :code", Map.of("code", Units.COUNTRY), Long.class);
        return stamp == null ? 0 : stamp;
    }

    /**
     * Renews the stamps of the provinces whose pages may show records of these units (a unit's
     * province, and the province it was merged into), and the country's when {@code everywhere}. Runs
     * on the connection of the writing transaction, at its end (see {@link RecordWrites}); the rows are updated in the
     * order of their codes, so that two transactions never wait for each other.
     */
    static void renew(java.sql.Connection connection, Collection<String> unitCodes, boolean everywhere) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
        Set<String> rows = new TreeSet<>(provincesShowing(jdbc, unitCodes));
        if (everywhere) {
            rows.add(Units.COUNTRY);
        }
        for (String row : rows) {
            jdbc.update(
                    "update public_version set stamp = :stamp where unit_code = :code",
                    Map.of("stamp", ThreadLocalRandom.current().nextLong(), "code", row));
        }
    }

    /**
     * The provinces whose public pages show the records of these units: walking up from each unit to
     * its province, and from a province to the one it was merged into ({@code Units.reportScope}
     * the other way round, read in a few queries on the unit tree).
     */
    static Set<String> provincesShowing(NamedParameterJdbcTemplate jdbc, Collection<String> unitCodes) {
        Set<String> provinces = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(unitCodes);
        while (!todo.isEmpty()) {
            List<String> batch = todo.stream().filter(seen::add).toList();
            todo.clear();
            if (batch.isEmpty()) {
                break;
            }
            jdbc.query(
                    "select code, level, parent_code, merged_into from org_unit where code in (:codes)",
                    Map.of("codes", batch),
                    rs -> {
                        String level = rs.getString(2);
                        if ("PROVINCE".equals(level)) {
                            provinces.add(rs.getString(1));
                        } else if (!"COUNTRY".equals(level) && rs.getString(3) != null) {
                            todo.add(rs.getString(3));
                        }
                        if (rs.getString(4) != null) {
                            todo.add(rs.getString(4));
                        }
                    });
        }
        return provinces;
    }
}
