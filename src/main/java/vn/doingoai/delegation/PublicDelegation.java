package vn.doingoai.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public pages may show of a delegation: its title, direction, countries and dates. Never
 * its members, head, partners' contacts, funding, approval or report.
 *
 * @param direction {@code OUTGOING} or {@code INCOMING}
 * @param countries ISO codes of the countries visited or coming
 */
@org.springframework.modulith.NamedInterface("public")
public record PublicDelegation(
        Long id, String title, String direction, List<String> countries, LocalDate startDate, LocalDate endDate) {}
